// 导出台账: the case ledger (an Excel workbook made by the core) for a period and, if
// wanted, one large category, downloaded straight away. The period is the indicators'
// one, so the ledger matches the figures just looked at.
import { Alert, Button, Group, Loader, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { api } from '../../api/api';
import { isApiClientError } from '../../api/ApiClientError';
import { useOwnJob } from '../../api/useOwnJob';
import { useSession } from '../../session/SessionProvider';
import { useT } from '../../i18n/LocaleProvider';
import { LEDGER_MAX_DAYS, periodLengthDays } from '../period/period';
import { PeriodPicker } from '../period/PeriodPicker';
import { usePeriod } from '../period/usePeriod';
import type { DeskReports } from '../useDeskReports';
import { useCategories } from '../useCategories';
import { downloadFile } from './download';

interface Props {
  reports: DeskReports;
  onDone: (fileName: string) => void;
}

export function LedgerModal({ reports, onDone }: Props) {
  const t = useT();
  const opened = reports.open === 'ledger';
  return (
    <Modal opened={opened} onClose={() => reports.setOpen(null)} title={t('ledger.title')} size={720} centered data-testid="ledger-modal">
      {opened && <LedgerForm reports={reports} onDone={onDone} />}
    </Modal>
  );
}

function LedgerForm({ reports, onDone }: Props) {
  const t = useT();
  const tree = useCategories();
  const period = usePeriod(reports.period);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const { state } = useSession();
  // The export runs as a job in a core worker: its progress arrives pushed, and it can be stopped.
  const { job, cancel } = useOwnJob('export', state.phase === 'unlocked' ? state.user.id : null, busy);
  const categories = useMemo(() => (tree ?? []).map((c) => ({ value: c.id, label: `${t(`caseClass.${c.caseClass}`)} · ${c.name}` })), [tree, t]);
  const tooLong = period !== null && periodLengthDays(period) > LEDGER_MAX_DAYS;

  const exportLedger = async () => {
    if (!period || tooLong || busy) return;
    setBusy(true);
    setError(null);
    setCancelled(false);
    try {
      const file = await api.call('ledger.export', { from: period.from, to: period.to, ...(categoryId === null ? {} : { categoryId }) });
      downloadFile(file);
      onDone(file.fileName);
    } catch (e) {
      if (isApiClientError(e) && e.code === 'cancelled') setCancelled(true);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={12}>
      <PeriodPicker choice={reports.period} period={period} onChange={reports.setPeriod} testId="ledger-period" />
      <Select<number>
        size="xs"
        w={240}
        label={t('ledger.category')}
        data={categories}
        value={categoryId}
        onChange={setCategoryId}
        clearable
        searchable
        placeholder={t('ledger.allCategories')}
        data-testid="ledger-category"
      />
      <Text fz="xs" c="dimmed">
        {t('ledger.hint')}
      </Text>
      {tooLong && (
        <Text fz="xs" c="red.8" data-testid="ledger-too-long">
          {t('ledger.tooLong', { max: LEDGER_MAX_DAYS })}
        </Text>
      )}
      {error !== null && (
        <Alert color="red" title={t('ledger.failed')} data-testid="ledger-error">
          {errorMessage(error, t)}
        </Alert>
      )}
      {cancelled && (
        <Text fz="xs" c="dimmed" data-testid="ledger-cancelled">
          {t('ledger.cancelled')}
        </Text>
      )}
      {busy && job && <Progress value={Math.round(job.fraction * 100)} size="sm" aria-label={t('ledger.exporting')} data-testid="ledger-progress" />}
      <Group justify="flex-end" gap={8}>
        {busy && (
          <Group gap={6} data-testid="ledger-busy">
            <Loader size={14} />
            <Text fz="xs" c="dimmed">
              {job ? t('ledger.exportingPercent', { percent: Math.round(job.fraction * 100) }) : t('ledger.exporting')}
            </Text>
          </Group>
        )}
        {busy ? (
          <Button size="xs" variant="default" color="red" onClick={cancel} disabled={!job} data-testid="ledger-cancel">
            {t('ledger.stop')}
          </Button>
        ) : (
          <Button size="xs" variant="default" onClick={() => reports.setOpen(null)}>
            {t('common.cancel')}
          </Button>
        )}
        <Button size="xs" onClick={() => void exportLedger()} loading={busy} disabled={!period || tooLong} data-testid="ledger-export">
          {t('ledger.export')}
        </Button>
      </Group>
    </Stack>
  );
}
