// A link to a grid by its one shared label (铁马·11网格): the community and the number, as
// the queue, the wall and the grid editor name it. The drawer it opens has the full name.
import { gridLabel } from '../../../shared/gridLabel';
import type { GridRef } from '../../../shared/views';
import { DataField } from '../../i18n/Vocabulary';
import { RefLink } from './RefLink';

export function GridLink({ grid }: { grid: GridRef }) {
  return (
    <RefLink to={{ kind: 'grid', id: grid.id }}>
      <DataField>{gridLabel(grid)}</DataField>
    </RefLink>
  );
}
