// Username + password; wrong credentials say so plainly and promise nothing was changed;
// a throttled sign-in says until when, or that an administrator must lift the lockout.
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/errorMessage';
import type { PlainMessageKey } from '../i18n/messages';
import { useT } from '../i18n/LocaleProvider';
import type { LockNotice } from '../session/sessionState';
import { throttleOf, type Throttle } from './throttle';
import { ThrottleNotice } from './ThrottleNotice';

const NOTICE_TEXT: Record<LockNotice, PlainMessageKey> = {
  locked: 'unlock.lockedNotice',
  idle: 'accounts.idleLocked',
  expired: 'unlock.sessionExpired',
};

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
  const [throttle, setThrottle] = useState<Throttle | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('unlock.required'));
      return;
    }
    setBusy(true);
    setError(null);
    setThrottle(null);
    try {
      await onUnlock(username.trim(), password);
    } catch (e) {
      const throttled = throttleOf(e);
      if (throttled) setThrottle(throttled);
      else setError(errorMessage(e, t));
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
        {notice && !error && !throttle && (
          <Alert color="blue" variant="light" py="xs" data-testid="unlock-notice" data-notice={notice}>
            {t(NOTICE_TEXT[notice])}
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
        {throttle && <ThrottleNotice throttle={throttle} />}
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
