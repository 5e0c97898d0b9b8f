// A temporary password an administrator hands over: shown in clear (it is read aloud or
// written down once), with a generator for one without look-alike characters.
import { Button, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '../../shared/vocab/accounts';
import { useT } from '../i18n/LocaleProvider';
import { temporaryPassword } from './passwordRules';

export function TemporaryPasswordInput({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: string | undefined }) {
  const t = useT();
  return (
    <TextInput
      label={t('accounts.form.tempPassword')}
      description={t('accounts.form.tempPasswordHint', { min: PASSWORD_MIN_LENGTH })}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      data-testid="account-temp-password"
      rightSectionWidth={96}
      rightSection={
        <Button size="compact-xs" variant="light" onClick={() => onChange(temporaryPassword())} data-testid="account-temp-generate">
          {t('accounts.form.generate')}
        </Button>
      }
    />
  );
}
