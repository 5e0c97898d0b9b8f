// Signed in with a temporary password: a new one must be set before the console opens.
// Not dismissable; the only other way out is to lock.
import { Button, Stack, Text, Title } from '@mantine/core';
import type { UserView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { PasswordChangeForm } from './PasswordChangeForm';

export function ForcedPasswordChange({ user }: { user: UserView }) {
  const t = useT();
  const { changePassword, holdsTemporaryPassword, lock } = useSession();
  return (
    <Stack gap="md" data-testid="forced-password-change">
      <div>
        <Title order={4}>{t('accounts.forced.title')}</Title>
        <Text fz="sm" c="dimmed" mt={4}>
          {t('accounts.forced.hint', { name: user.displayName })}
        </Text>
      </div>
      <PasswordChangeForm
        testId="forced-password-form"
        // After a reload the temporary password is no longer held: ask for it again.
        askOld={!holdsTemporaryPassword}
        submitLabel={t('accounts.forced.submit')}
        onSubmit={changePassword}
        actions={
          <Button variant="default" onClick={() => void lock()} data-testid="forced-password-lock">
            {t('accounts.forced.lock')}
          </Button>
        }
      />
    </Stack>
  );
}
