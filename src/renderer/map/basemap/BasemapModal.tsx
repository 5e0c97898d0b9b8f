// 离线底图 (administrators): the path of a PMTiles file on the machine that runs the core.
// The core checks the file and refuses it with a reason; this words the reason and shows
// the core's sentence (which names the file) beneath it.
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { BASEMAP_PROBLEMS, type BasemapProblem } from '../../../shared/vocab/basemap';
import { api } from '../../api/api';
import { isApiClientError } from '../../api/ApiClientError';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { reloadBasemap, useBasemap } from './useBasemap';

interface Feedback {
  color: 'green' | 'red';
  text: string;
  detail?: string;
}

function problemOf(error: unknown): BasemapProblem | null {
  if (!isApiClientError(error)) return null;
  const reason = error.details?.[0]?.reason;
  return BASEMAP_PROBLEMS.find((p) => p === reason) ?? null;
}

export function BasemapModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const { view } = useBasemap();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  useEffect(() => {
    if (!opened) return;
    setPath(view?.path ?? '');
    setFeedback(null);
    // Filled when the dialog opens, not while the administrator types.
  }, [opened]);

  const choose = async (next: string | null) => {
    setBusy(true);
    setFeedback(null);
    try {
      await api.call('basemap.set', { path: next });
      await reloadBasemap();
      setFeedback({ color: 'green', text: next ? t('basemap.saved') : t('basemap.cleared') });
    } catch (error) {
      const problem = problemOf(error);
      setFeedback(
        problem && isApiClientError(error)
          ? { color: 'red', text: t('basemap.refused', { message: t(`basemap.problem.${problem}`) }), detail: error.message }
          : { color: 'red', text: errorMessage(error, t) },
      );
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void choose(path.trim());
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('basemap.title')} centered size={720} data-testid="basemap-modal">
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {t('basemap.explain')}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput label={t('basemap.path')} description={t('basemap.pathHint')} value={path} onChange={(e) => setPath(e.currentTarget.value)} data-testid="basemap-path" />
            <Text fz="xs" c="dimmed">
              {t('basemap.where')}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => void choose(null)} disabled={busy || !view?.path} data-testid="basemap-clear">
                {t('basemap.clear')}
              </Button>
              <Button type="submit" loading={busy} disabled={path.trim() === ''} data-testid="basemap-save">
                {t('basemap.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        {feedback && (
          <Alert color={feedback.color} data-testid="basemap-feedback">
            <Text fz="sm">{feedback.text}</Text>
            {feedback.detail && (
              <Text fz="xs" c="dimmed" mt={4}>
                {feedback.detail}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
