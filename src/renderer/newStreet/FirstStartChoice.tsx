// The first screen on an empty data directory: the demo street (one click, the default) or a
// new street of the office's own (the form). The core makes either and refuses both once
// anything of a street is in the directory; the screen then follows session.status.
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { NewStreetForm } from './NewStreetForm';

interface Props {
  dataDir: string;
  demo: boolean;
  /** Re-reads session.status once the core has begun (demo) or made (new) the street. */
  onStarted: () => void;
}

export function FirstStartChoice({ dataDir, demo, onStarted }: Props) {
  const t = useT();
  const [mode, setMode] = useState<'choose' | 'new'>('choose');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (mode === 'new') return <NewStreetForm onBack={() => setMode('choose')} onCreated={onStarted} />;

  const startDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('firstStart.create', { kind: 'demo' });
      onStarted();
    } catch (err) {
      setError(errorMessage(err, t));
      setBusy(false);
    }
  };

  return (
    <Stack gap="md" data-testid="first-start">
      <Title order={4}>{t('firstStart.title')}</Title>
      <Text fz="sm" c="dimmed">
        {t('firstStart.hint')}
      </Text>
      <Card withBorder padding="md" radius="md">
        <Stack gap="xs">
          <Text fw={600}>{t('firstStart.demo.title')}</Text>
          <Text fz="sm">{demo ? t('firstStart.demo.body') : t('firstStart.noDemo')}</Text>
          <Button onClick={() => void startDemo()} loading={busy} disabled={!demo} data-testid="first-start-demo" data-autofocus>
            {t('firstStart.demo.button')}
          </Button>
        </Stack>
      </Card>
      <Card withBorder padding="md" radius="md">
        <Stack gap="xs">
          <Text fw={600}>{t('firstStart.new.title')}</Text>
          <Text fz="sm">{t('firstStart.new.body')}</Text>
          <Button variant="light" onClick={() => setMode('new')} disabled={busy} data-testid="first-start-new">
            {t('firstStart.new.button')}
          </Button>
        </Stack>
      </Card>
      {error && <Alert color="red">{error}</Alert>}
      <Text fz="xs" c="dimmed" data-testid="first-start-dir" style={{ wordBreak: 'break-all' }}>
        {t('firstStart.dir', { dir: dataDir })}
      </Text>
    </Stack>
  );
}
