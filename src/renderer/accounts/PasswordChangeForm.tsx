// Current password (when asked), new password twice; checks length and sameness before
// asking the core, then shows each refusal under its field.
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/vocab/accounts';
import { isApiClientError } from '../api/ApiClientError';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { refusalsByField } from './fieldRefusals';
import { newPasswordProblems, type NewPasswordProblem } from './passwordRules';
import { refusalWording } from './refusalWords';

function refusedOld(error: unknown): boolean {
  return isApiClientError(error) && (error.code === 'wrong_password' || (error.details ?? []).some((d) => d.path === 'oldPassword'));
}

const FIELDS = ['oldPassword', 'newPassword'] as const;
const NEW_ONLY = ['newPassword'] as const;
type Field = 'oldPassword' | 'newPassword' | 'repeat';

interface Props {
  askOld: boolean;
  submitLabel: string;
  /** Resolves when the core accepted the new password. */
  onSubmit: (oldPassword: string | null, newPassword: string) => Promise<void>;
  /** Buttons beside submit (cancel, lock). */
  actions?: ReactNode;
  testId: string;
}

export function PasswordChangeForm({ askOld, submitLabel, onSubmit, actions, testId }: Props) {
  const t = useT();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const problemText = (problem: NewPasswordProblem): string =>
    problem === 'tooShort'
      ? t('accounts.password.tooShort', { min: PASSWORD_MIN_LENGTH })
      : problem === 'tooLong'
        ? t('accounts.password.tooLong', { max: PASSWORD_MAX_LENGTH })
        : t('accounts.password.mismatch');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = newPasswordProblems(newPassword, repeat);
    const found: Partial<Record<Field, string>> = {};
    if (askOld && !oldPassword) found.oldPassword = t('accounts.password.oldRequired');
    if (problems.newPassword) found.newPassword = problemText(problems.newPassword);
    if (problems.repeat) found.repeat = problemText(problems.repeat);
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(askOld ? oldPassword : null, newPassword);
    } catch (error) {
      setBusy(false);
      // Without the old field a refused old password is the held temporary one: a form-wide error.
      const { byField, unplaced } = refusalsByField(error, askOld ? FIELDS : NEW_ONLY, refusalWording(t));
      setErrors(byField);
      if (unplaced) setGeneral(refusedOld(error) ? t('accounts.password.oldWrong') : errorMessage(error, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <Stack gap="sm">
        {askOld && (
          <PasswordInput
            label={t('accounts.password.old')}
            value={oldPassword}
            onChange={(e) => setOldPassword(e.currentTarget.value)}
            error={errors.oldPassword}
            autoComplete="current-password"
            data-testid="password-old"
            autoFocus
          />
        )}
        <PasswordInput
          label={t('accounts.password.new')}
          description={t('accounts.password.minHint', { min: PASSWORD_MIN_LENGTH })}
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          error={errors.newPassword}
          autoComplete="new-password"
          data-testid="password-new"
          autoFocus={!askOld}
        />
        <PasswordInput
          label={t('accounts.password.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat}
          autoComplete="new-password"
          data-testid="password-repeat"
        />
        {general && (
          <Alert color="red" variant="light" py="xs" role="alert" data-testid="password-error">
            {general}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          {actions}
          <Button type="submit" loading={busy} data-testid="password-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
