// The actions on one resident row of the building drawer: 编辑, 迁户 (to another household)
// and 迁出/死亡.
import { Button, Group } from '@mantine/core';
import type { ResidentBrief } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  resident: ResidentBrief;
  onEdit: (r: ResidentBrief) => void;
  onMove: (r: ResidentBrief) => void;
  onLeave: (r: ResidentBrief) => void;
}

export function MemberActions({ resident, onEdit, onMove, onLeave }: Props) {
  const t = useT();
  return (
    // Three actions beside the reveal button do not fit the drawer on one line: they wrap.
    <Group gap={0} wrap="wrap" justify="flex-end">
      <Button size="compact-xs" variant="subtle" onClick={() => onEdit(resident)} data-testid="resident-edit">
        {t('registers.edit')}
      </Button>
      <Button size="compact-xs" variant="subtle" onClick={() => onMove(resident)} data-testid="resident-move-open">
        {t('registerEdit.resident.move')}
      </Button>
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onLeave(resident)} data-testid="resident-leave-open">
        {t('registers.leave')}
      </Button>
    </Group>
  );
}
