// 数据备份 (administrators): where backups go and when, 立即备份, and the log of every run
// with its result. The core writes and verifies the files (src/main/core/backup); this only
// edits the settings and shows what happened.
import { Alert, Button, Divider, Group, Loader, Modal, NumberInput, ScrollArea, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { BackupProblemCode, BackupRunView, BackupSettingsView } from '../../shared/backup';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { refusalsByField } from '../accounts/fieldRefusals';
import { useSettingsDraft } from '../accounts/useSettingsDraft';
import { useLocale } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { formatDateTime } from '../registers/formatDateTime';

const FIELDS = ['folder', 'daily', 'time', 'keep'] as const;
type Field = (typeof FIELDS)[number];

function megabytes(bytes: number, num: (value: number, digits?: number) => string): string {
  return `${num(bytes / 1048576, 1)} MB`;
}

export function BackupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, num } = useLocale();
  const [reload, setReload] = useState(0);
  const loaded = useApiQuery('backup.list', opened ? {} : null, reload);
  const { draft, setDraft, errors, setErrors, feedback, setFeedback } = useSettingsDraft<BackupSettingsView, Field>(opened, loaded.status === 'ok' ? loaded.data.settings : null);
  const [saving, setSaving] = useState(false);
  const [running, setRunning] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setErrors({});
    setFeedback(null);
    try {
      const saved = await api.call('backup.saveSettings', { ...draft, folder: draft.folder?.trim() ? draft.folder.trim() : null });
      setDraft(saved);
      setFeedback({ color: 'green', text: t('backup.saved') });
      setReload((n) => n + 1);
    } catch (error) {
      const { byField, unplaced } = refusalsByField(error, FIELDS);
      setErrors(byField);
      if (unplaced) setFeedback({ color: 'red', text: errorMessage(error, t) });
    } finally {
      setSaving(false);
    }
  };

  const runNow = async () => {
    setRunning(true);
    setFeedback(null);
    try {
      const run = await api.call('backup.run', {});
      setFeedback(
        run.ok
          ? { color: 'green', text: t('backup.done', { file: run.fileName ?? '', size: megabytes(run.bytes ?? 0, num) }) }
          : { color: 'red', text: t('backup.failed', { problem: problemWords(run, t) }) },
      );
    } catch (error) {
      const { byField } = refusalsByField(error, FIELDS);
      setFeedback({ color: 'red', text: byField.folder ? t('backup.noFolder') : errorMessage(error, t) });
    } finally {
      setRunning(false);
      setReload((n) => n + 1);
    }
  };

  const runs = loaded.status === 'ok' ? loaded.data.runs : [];
  const savedFolder = loaded.status === 'ok' ? loaded.data.settings.folder : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('backup.title')} centered size={980} data-testid="backup-modal">
      {loaded.status === 'error' && (
        <Alert color="red" title={t('backup.loadFailed')}>
          {errorMessage(loaded.error, t)}
        </Alert>
      )}
      {loaded.status === 'loading' && !draft && <Loader size="sm" />}
      {draft && (
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('backup.explain')}
          </Text>
          <form onSubmit={(e) => void save(e)} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('backup.folder')}
                description={t('backup.folderHint')}
                value={draft.folder ?? ''}
                onChange={(e) => setDraft({ ...draft, folder: e.currentTarget.value })}
                error={errors.folder}
                data-testid="backup-folder"
              />
              <Group align="flex-start" gap="lg" wrap="nowrap">
                <Switch
                  mt={28}
                  label={t('backup.daily')}
                  checked={draft.daily}
                  onChange={(e) => setDraft({ ...draft, daily: e.currentTarget.checked })}
                  error={errors.daily}
                  data-testid="backup-daily"
                />
                <TextInput
                  label={t('backup.time')}
                  description={t('backup.timeHint')}
                  value={draft.time}
                  onChange={(e) => setDraft({ ...draft, time: e.currentTarget.value })}
                  error={errors.time}
                  w={160}
                  data-testid="backup-time"
                />
                <NumberInput
                  label={t('backup.keep')}
                  description={t('backup.keepHint')}
                  value={draft.keep}
                  onChange={(v) => setDraft({ ...draft, keep: typeof v === 'number' ? v : Number.NaN })}
                  min={1}
                  max={90}
                  allowDecimal={false}
                  error={errors.keep}
                  style={{ flex: 1 }}
                  data-testid="backup-keep"
                />
              </Group>
              <Text fz="xs" c="dimmed">
                {t('backup.dailyHint')}
              </Text>
              <Group justify="flex-end" gap="sm">
                <Button type="submit" variant="default" loading={saving} data-testid="backup-save">
                  {t('backup.save')}
                </Button>
                <Button onClick={() => void runNow()} loading={running} disabled={!savedFolder} data-testid="backup-run">
                  {running ? t('backup.running') : t('backup.runNow')}
                </Button>
              </Group>
            </Stack>
          </form>
          {feedback && (
            <Alert color={feedback.color} variant="light" py="xs" data-testid="backup-feedback">
              {feedback.text}
            </Alert>
          )}
          <Divider label={t('backup.log')} labelPosition="left" />
          <BackupLog runs={runs} />
          <Text fz="xs" c="dimmed">
            {t('backup.restoreHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('backup.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

const PROBLEM_WORDS: Readonly<Record<BackupProblemCode, (t: Translate, folder: string) => string>> = {
  no_folder: (t) => t('backup.problem.no_folder'),
  folder_missing: (t, folder) => t('backup.problem.folder_missing', { folder }),
  folder_not_writable: (t, folder) => t('backup.problem.folder_not_writable', { folder }),
  disk_full: (t, folder) => t('backup.problem.disk_full', { folder }),
  verify_failed: (t) => t('backup.problem.verify_failed'),
  backup_missing: (t) => t('backup.problem.backup_missing'),
  keyring_missing: (t) => t('backup.problem.keyring_missing'),
  wrong_password: (t) => t('backup.problem.wrong_password'),
  damaged: (t) => t('backup.problem.damaged'),
  target_not_empty: (t) => t('backup.problem.target_not_empty'),
  internal: (t) => t('backup.problem.internal'),
};

/** The run's problem in the reader's language; the core's sentence stays in its title and the log. */
function problemWords(run: BackupRunView, t: Translate): string {
  return PROBLEM_WORDS[run.problemCode ?? 'internal'](t, run.folder);
}

function BackupLog({ runs }: { runs: readonly BackupRunView[] }) {
  const { t, num } = useLocale();
  if (runs.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="backup-log-empty">
        {t('backup.empty')}
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped highlightOnHover fz="sm" data-testid="backup-log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('backup.col.time')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('backup.col.trigger')}</Table.Th>
            <Table.Th>{t('backup.col.file')}</Table.Th>
            <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{t('backup.col.size')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('backup.col.result')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('backup.col.counts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((r) => (
            <Table.Tr key={r.id} data-testid="backup-log-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.startedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`backup.trigger.${r.trigger}`)}</Table.Td>
              <Table.Td>
                <Text fz="sm" style={{ wordBreak: 'break-all' }}>
                  {r.fileName ?? r.folder}
                </Text>
                {r.ok && !r.present && (
                  <Text fz="xs" c="orange.8">
                    {t('backup.missing')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{r.bytes === null ? '—' : megabytes(r.bytes, num)}</Table.Td>
              <Table.Td>
                {r.ok ? (
                  <Text fz="sm" c="green.8">
                    {t('backup.result.ok')}
                  </Text>
                ) : r.finishedAt === null ? (
                  <Text fz="sm" c="dimmed">
                    {t('backup.result.unfinished')}
                  </Text>
                ) : (
                  <Text fz="sm" c="red.8" title={r.problem ?? ''}>
                    {t('backup.result.failed')}：{problemWords(r, t)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.counts ? t('backup.counts', { residents: num(r.counts.residents), cases: num(r.counts.cases), buildings: num(r.counts.buildings) }) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
