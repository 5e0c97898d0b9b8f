// The header's entries to 导入台账 and 导出台账, for the roles that keep the registers (the core
// decides again on every call: administrators for any community, community staff for theirs).
import { Button } from '@mantine/core';
import { useState } from 'react';
import type { UserView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { ExportRegisterModal } from './ExportRegisterModal';
import { ImportModal } from './ImportModal';
import { canEditRegisters } from './registerRoles';

export function ImportButton({ user }: { user: UserView }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  if (!canEditRegisters(user.role)) return null;
  return (
    <>
      <Button variant="white" color="dark" size="xs" onClick={() => setOpen(true)} data-testid="import-open">
        {t('import.open')}
      </Button>
      <Button variant="white" color="dark" size="xs" onClick={() => setExportOpen(true)} data-testid="export-open">
        {t('export.open')}
      </Button>
      <ImportModal opened={open} onClose={() => setOpen(false)} user={user} />
      <ExportRegisterModal opened={exportOpen} onClose={() => setExportOpen(false)} user={user} />
    </>
  );
}
