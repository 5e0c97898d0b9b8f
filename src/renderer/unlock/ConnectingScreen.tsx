// Shown until the service answers session.status, or when it cannot be reached.
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { UnlockLayout } from './UnlockLayout';

export function ConnectingScreen({ offline }: { offline: boolean }) {
  const t = useT();
  const { retry } = useSession();
  return (
    <UnlockLayout streetName={null}>
      {offline ? (
        <Stack>
          <Alert color="red" title={t('app.connectFailed')}>
            {t('error.network')}
          </Alert>
          <Button onClick={retry} size="sm">
            {t('app.retry')}
          </Button>
        </Stack>
      ) : (
        <Group>
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      )}
    </UnlockLayout>
  );
}
