// 导出台账: a register to Excel with exactly the columns its import reads, for a community or
// one of its grids, masked as the core decides for the caller's role (a masked cell imports
// back as the value on record). The file is made in a core worker as an 'export' job: its
// progress shows here, and it can be stopped.
import { Alert, Button, Group, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { IMPORT_REGISTERS, type ImportRegister } from '../../shared/vocab/registerImport';
import type { UserView } from '../../shared/views';
import { api } from '../api/api';
import { isApiClientError } from '../api/ApiClientError';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useOwnJob } from '../api/useOwnJob';
import { downloadFile } from '../dispatch/ledger/download';
import { useLocale, useT } from '../i18n/LocaleProvider';

interface Props {
  opened: boolean;
  onClose: () => void;
  user: UserView;
}

export function ExportRegisterModal({ opened, onClose, user }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('export.title')} size={720} centered data-testid="export-modal">
      {opened && <ExportForm user={user} onClose={onClose} />}
    </Modal>
  );
}

function ExportForm({ user, onClose }: { user: UserView; onClose: () => void }) {
  const t = useT();
  const { tOpen } = useLocale();
  const base = useApiQuery('map.base', {});
  const [register, setRegister] = useState<ImportRegister>('residents');
  // A community account exports its own community only (the core refuses any other).
  const [communityId, setCommunityId] = useState<number | null>(user.communityId);
  const [gridId, setGridId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const { job, cancel } = useOwnJob('export', user.id, busy);

  const registers = useMemo(() => IMPORT_REGISTERS.map((r) => ({ value: r, label: tOpen('import.register', r) })), [tOpen]);
  const communities = useMemo(
    () =>
      base.status === 'ok'
        ? base.data.communities.features.map((f) => ({ value: f.properties.id, label: f.properties.name })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
        : [],
    [base],
  );
  const grids = useMemo(
    () =>
      base.status === 'ok' && communityId !== null
        ? base.data.grids.features
            .filter((f) => f.properties.communityId === communityId)
            .map((f) => ({ value: f.properties.id, label: f.properties.name }))
            .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN', { numeric: true }))
        : [],
    [base, communityId],
  );

  const run = async () => {
    if (communityId === null || busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setCancelled(false);
    try {
      const file = await api.call('register.export', { register, communityId, ...(gridId !== null ? { gridId } : {}) });
      downloadFile(file);
      setDone(file.fileName);
    } catch (e) {
      if (isApiClientError(e) && e.code === 'cancelled') setCancelled(true);
      else setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const percent = job ? Math.round(job.fraction * 100) : null;
  return (
    <Stack gap={12}>
      <Group gap={12} align="flex-end">
        <Select<ImportRegister>
          size="xs"
          w={180}
          label={t('import.register')}
          data={registers}
          value={register}
          onChange={(v) => v !== null && setRegister(v)}
          allowDeselect={false}
          disabled={busy}
          data-testid="export-register"
        />
        <Select<number>
          size="xs"
          w={200}
          label={t('import.community')}
          data={communities}
          value={communityId}
          onChange={(v) => {
            setCommunityId(v);
            setGridId(null);
          }}
          disabled={user.communityId !== null || busy}
          searchable
          data-testid="export-community"
        />
        <Select<number>
          size="xs"
          w={200}
          label={t('export.grid')}
          placeholder={t('export.wholeCommunity')}
          data={grids}
          value={gridId}
          onChange={setGridId}
          disabled={communityId === null || busy}
          clearable
          searchable
          data-testid="export-grid"
        />
      </Group>
      <Text fz="xs" c="dimmed">
        {t('export.hint')}
      </Text>
      {busy && <Progress value={percent ?? 2} size="sm" aria-label={t('export.running')} data-testid="export-progress" />}
      {error && (
        <Alert color="red" title={t('export.failed')} data-testid="export-error">
          {error}
        </Alert>
      )}
      {cancelled && (
        <Text fz="xs" c="dimmed" data-testid="export-cancelled">
          {t('export.cancelled')}
        </Text>
      )}
      {done && (
        <Alert color="teal" data-testid="export-done">
          {t('export.done', { file: done })}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        {busy ? (
          <Button size="xs" variant="default" color="red" onClick={cancel} disabled={!job} data-testid="export-stop">
            {t('export.stop')}
          </Button>
        ) : (
          <Button size="xs" variant="default" onClick={onClose} data-testid="export-close">
            {t('import.close')}
          </Button>
        )}
        <Button size="xs" onClick={() => void run()} loading={busy} disabled={communityId === null || busy} data-testid="export-run">
          {t('export.run')}
        </Button>
      </Group>
    </Stack>
  );
}
