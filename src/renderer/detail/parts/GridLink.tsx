// A link to a grid, named with its community unless the grid's name already says it.
import type { GridRef } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { RefLink } from './RefLink';

export function GridLink({ grid }: { grid: GridRef }) {
  const t = useT();
  const label = grid.name.includes(grid.communityName) ? grid.name : t('detail.gridRef', { grid: grid.name, community: grid.communityName });
  return <RefLink to={{ kind: 'grid', id: grid.id }}>{label}</RefLink>;
}
