// Username + password; wrong credentials say so plainly and promise nothing was changed.
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import type { LockNotice } from '../session/sessionState';

interface Props {
  notice: LockNotice | null;
  onUnlock: (username: string, password: string) => Promise<void>;
}

export function UnlockForm({ notice, onUnlock }: Props) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('unlock.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onUnlock(username.trim(), password);
    } catch (e) {
      setError(errorMessage(e, t));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <div>
          <Title order={4}>{t('unlock.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('unlock.subtitle')}
          </Text>
        </div>
        {notice && !error && (
          <Alert color="blue" variant="light" py="xs">
            {t(notice === 'expired' ? 'unlock.sessionExpired' : 'unlock.lockedNotice')}
          </Alert>
        )}
        <TextInput
          label={t('unlock.username')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          autoComplete="username"
          autoFocus
          data-testid="unlock-username"
          size="md"
        />
        <PasswordInput
          label={t('unlock.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          data-testid="unlock-password"
          size="md"
        />
        {error && (
          <Alert color="red" variant="light" py="xs" data-testid="unlock-error" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" size="md" loading={busy} data-testid="unlock-submit" fullWidth>
          {busy ? t('unlock.submitting') : t('unlock.submit')}
        </Button>
      </Stack>
    </form>
  );
}
