// An administrator sets a temporary password for someone (a disabled account is enabled
// by it); the user must choose their own at next sign-in.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../shared/accounts';
import { PASSWORD_MIN_LENGTH } from '../../shared/vocab/accounts';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { refusalsByField } from './fieldRefusals';
import { refusalWording } from './refusalWords';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';

interface Props {
  account: AccountView;
  onClose: () => void;
  onDone: (account: AccountView) => void;
}

export function ResetPasswordModal({ account, onClose, onDone }: Props) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    if (password.length < PASSWORD_MIN_LENGTH) {
      setError(t('accounts.password.tooShort', { min: PASSWORD_MIN_LENGTH }));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      onDone(await api.call('user.resetPassword', { id: account.id, password }));
    } catch (e) {
      setBusy(false);
      const { byField, unplaced } = refusalsByField(e, ['password'] as const, refusalWording(t));
      setError(byField.password);
      if (unplaced) setGeneral(errorMessage(e, t));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('accounts.reset.title', { name: account.displayName })} centered size={480} zIndex={310} data-testid="reset-password-modal">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text fz="sm">{t('accounts.reset.hint')}</Text>
          {account.disabled && (
            <Text fz="sm" c="orange.8">
              {t('accounts.reset.enables')}
            </Text>
          )}
          <TemporaryPasswordInput value={password} onChange={setPassword} error={error} />
          {general && (
            <Alert color="red" variant="light" py="xs" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('accounts.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={busy} data-testid="reset-password-submit">
              {t('accounts.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
