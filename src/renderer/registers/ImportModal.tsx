// 导入台账: a community's register from Excel. Choose the register (those the core knows),
// the community and the workbook; the core reads, normalises, validates and matches it and answers a preview
// (figures per sheet, what it skipped, every row it will not write and why, addresses to
// pick a building for); the user may correct the columns or pick buildings and preview
// again, download the rejected rows as a workbook (原列 + 错误原因), then commit: one
// transaction in a core worker with its progress here and a stop button. Nothing is written
// before the commit, and a stopped or failed commit writes nothing.
import { Accordion, Alert, Button, FileInput, Group, Loader, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ImportCommitResult, ImportPreview, ImportPreviewInput } from '../../shared/registerImport';
import { IMPORT_REGISTERS, type ImportRegister } from '../../shared/vocab/registerImport';
import type { UserView } from '../../shared/views';
import { api } from '../api/api';
import { isApiClientError } from '../api/ApiClientError';
import { errorMessage } from '../api/errorMessage';
import { useOwnJob } from '../api/useOwnJob';
import { useCommunities } from '../accounts/useCommunities';
import { downloadFile } from '../dispatch/ledger/download';
import { useLocale, useT } from '../i18n/LocaleProvider';
import { ImportColumnMapping } from './ImportColumnMapping';
import { ImportIssuesTable } from './ImportIssuesTable';
import { ImportPicks } from './ImportPicks';
import { ImportSheetCounts } from './ImportSheetCounts';
import { ImportUpdatesTable } from './ImportUpdatesTable';
import { readFileBase64 } from './readFileBase64';

interface Props {
  opened: boolean;
  onClose: () => void;
  user: UserView;
  /** The register the form starts on (the new-street checklist opens it on its step's). */
  register?: ImportRegister;
}

export function ImportModal({ opened, onClose, user, register }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size={1080} centered data-testid="import-modal">
      {opened && <ImportForm user={user} onClose={onClose} initialRegister={register} />}
    </Modal>
  );
}

type Busy = 'preview' | 'commit' | 'errors' | null;

function ImportForm({ user, onClose, initialRegister }: { user: UserView; onClose: () => void; initialRegister?: ImportRegister | undefined }) {
  const t = useT();
  const { tOpen } = useLocale();
  const communities = useCommunities(true);
  const [register, setRegister] = useState<ImportRegister>(initialRegister ?? 'residents');
  // A community account imports into its own community only (the core refuses any other).
  const [communityId, setCommunityId] = useState<number | null>(user.communityId);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The input the preview on screen was made from: errors and commit send exactly it.
  const [previewed, setPreviewed] = useState<ImportPreviewInput | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [picks, setPicks] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<{ title: string; body: string } | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { job, cancel } = useOwnJob('import', user.id, busy === 'commit');
  const options = useMemo(() => communities.map((c) => ({ value: c.id, label: c.name })), [communities]);
  const registers = useMemo(() => IMPORT_REGISTERS.map((r) => ({ value: r, label: tOpen('import.register', r) })), [tOpen]);

  const runPreview = async (overrides: { mapping?: Record<string, string>; picks?: Record<string, number> } = {}) => {
    if (communityId === null || !file || busy) return;
    setBusy('preview');
    setError(null);
    setResult(null);
    setCancelled(false);
    setNotice(null);
    try {
      const base64 = await readFileBase64(file);
      const useMapping = overrides.mapping ?? mapping;
      const usePicks = overrides.picks ?? picks;
      const input: ImportPreviewInput = {
        register,
        communityId,
        file: { name: file.name, base64 },
        ...(Object.keys(useMapping).length ? { mapping: useMapping } : {}),
        ...(Object.keys(usePicks).length ? { picks: usePicks } : {}),
      };
      const answer = await api.call('register.import.preview', input);
      setPreview(answer);
      setPreviewed(input);
    } catch (e) {
      setError({ title: t('import.previewFailed'), body: e instanceof DOMException || !isApiClientError(e) ? t('import.readFailed') : errorMessage(e, t) });
    } finally {
      setBusy(null);
    }
  };

  const downloadErrors = async () => {
    if (!previewed || busy) return;
    setBusy('errors');
    setError(null);
    try {
      downloadFile(await api.call('register.import.errors', previewed));
    } catch (e) {
      setError({ title: t('import.previewFailed'), body: errorMessage(e, t) });
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!previewed || !preview || busy) return;
    setBusy('commit');
    setError(null);
    setCancelled(false);
    try {
      setResult(await api.call('register.import.commit', { ...previewed, digest: preview.digest }));
      setPreview(null);
      setPreviewed(null);
    } catch (e) {
      if (isApiClientError(e) && e.code === 'cancelled') setCancelled(true);
      else setError({ title: t('import.commitFailed'), body: errorMessage(e, t) });
    } finally {
      setBusy(null);
    }
  };

  const saveTemplate = async (name: string) => {
    if (!preview) return;
    // The whole mapping as it stands (the importer's choices with the user's corrections).
    const whole: Record<string, string> = {};
    for (const s of preview.sheets) for (const c of s.columns) if (c.field) whole[c.label] = c.field;
    Object.assign(whole, mapping);
    try {
      const saved = await api.call('register.import.saveTemplate', { register, name, mapping: whole });
      setNotice(t('import.templateSaved', { name: saved.name }));
    } catch (e) {
      setError({ title: t('registers.saveFailed'), body: errorMessage(e, t) });
    }
  };

  const writable = preview ? preview.totals.new + preview.totals.updated : 0;
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
          onChange={(v) => {
            if (v === null) return;
            setRegister(v);
            setPreview(null);
            setPreviewed(null);
            setMapping({});
            setPicks({});
          }}
          allowDeselect={false}
          disabled={busy !== null}
          data-testid="import-register"
        />
        <Select<number>
          size="xs"
          w={220}
          label={t('import.community')}
          data={options}
          value={communityId}
          onChange={(v) => {
            setCommunityId(v);
            setPreview(null);
            setPicks({});
          }}
          disabled={user.communityId !== null || busy !== null}
          searchable
          data-testid="import-community"
        />
        <FileInput
          size="xs"
          w={320}
          label={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setPreview(null);
            setPreviewed(null);
            setMapping({});
            setPicks({});
          }}
          disabled={busy !== null}
          clearable
          data-testid="import-file"
        />
        <Button size="xs" onClick={() => void runPreview()} disabled={communityId === null || !file || busy !== null} loading={busy === 'preview'} data-testid="import-preview">
          {t('import.preview')}
        </Button>
      </Group>

      {busy === 'preview' && (
        <Group gap={6}>
          <Loader size={14} />
          <Text fz="xs" c="dimmed">
            {t('import.previewing')}
          </Text>
        </Group>
      )}
      {error && (
        <Alert color="red" title={error.title} data-testid="import-error">
          {error.body}
        </Alert>
      )}
      {notice && (
        <Text fz="xs" c="teal.8">
          {notice}
        </Text>
      )}

      {preview && (
        <Stack gap={10} data-testid="import-preview-result" data-digest={preview.digest}>
          <ImportSheetCounts preview={preview} />
          <ImportPicks
            picks={preview.picks}
            chosen={picks}
            busy={busy !== null}
            onChoose={(key, id) =>
              setPicks((p) => {
                const next = { ...p };
                if (id === null) delete next[key];
                else next[key] = id;
                return next;
              })
            }
            onApply={() => void runPreview()}
          />
          <ImportIssuesTable preview={preview} />
          <ImportUpdatesTable preview={preview} />
          <Accordion variant="contained" chevronPosition="left">
            <Accordion.Item value="columns">
              <Accordion.Control data-testid="import-columns-toggle">
                <Text fz="sm">{t('import.columns')}</Text>
              </Accordion.Control>
              <Accordion.Panel>
                <ImportColumnMapping
                  preview={preview}
                  mapping={mapping}
                  busy={busy !== null}
                  onChange={(label, field) => setMapping((m) => ({ ...m, [label]: field }))}
                  onApply={() => void runPreview()}
                  onSaveTemplate={(name) => void saveTemplate(name)}
                />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <Text fz="xs" c="dimmed">
            {t('import.commitHint')}
          </Text>
        </Stack>
      )}

      {busy === 'commit' && percent !== null && <Progress value={percent} size="sm" aria-label={t('import.committing')} data-testid="import-progress" />}
      {cancelled && (
        <Text fz="xs" c="dimmed" data-testid="import-cancelled">
          {t('import.cancelled')}
        </Text>
      )}
      {result && (
        <Alert color="teal" data-testid="import-result" data-added={result.added} data-updated={result.updated}>
          {t('import.result', {
            added: result.added,
            updated: result.updated,
            households: result.created,
            unchanged: result.unchanged,
            notWritten: result.notWritten,
          })}
        </Alert>
      )}

      <Group justify="flex-end" gap={8}>
        {busy === 'commit' && (
          <Group gap={6} data-testid="import-busy">
            <Loader size={14} />
            <Text fz="xs" c="dimmed">
              {percent !== null ? t('import.committingPercent', { percent }) : t('import.committing')}
            </Text>
          </Group>
        )}
        {preview && preview.issueCount > 0 && (
          <Button size="xs" variant="default" onClick={() => void downloadErrors()} loading={busy === 'errors'} disabled={busy !== null && busy !== 'errors'} data-testid="import-download-errors">
            {t('import.downloadErrors')}
          </Button>
        )}
        {busy === 'commit' ? (
          <Button size="xs" variant="default" color="red" onClick={cancel} disabled={!job} data-testid="import-stop">
            {t('import.stop')}
          </Button>
        ) : (
          <Button size="xs" variant="default" onClick={onClose} data-testid="import-close">
            {t('import.close')}
          </Button>
        )}
        {preview && (
          <Button size="xs" onClick={() => void commit()} loading={busy === 'commit'} disabled={busy !== null || writable === 0} title={writable === 0 ? t('import.nothingToWrite') : undefined} data-testid="import-commit">
            {t('import.commit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
