// 新建街道: the street's name and codes and its first administrator. The rules are the core's
// (shared/newStreet.ts); the form checks the same ones first to word them next to each
// field, and shows the core's refusal (a street already there) as it comes.
import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../shared/vocab/accounts';
import type { NewStreetInput } from '../../shared/newStreet';
import { ADMIN_CODE_PATTERN, STREET_CODE_PATTERN } from '../../shared/vocab/newStreet';
import { api } from '../api/api';
import { isApiClientError } from '../api/ApiClientError';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';

type Field = Exclude<keyof NewStreetInput, 'kind'> | 'confirm';
const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;

export function NewStreetForm({ onBack, onCreated }: { onBack: () => void; onCreated: () => void }) {
  const t = useT();
  const [values, setValues] = useState<Record<Field, string>>({ streetName: '', district: '', city: '', adminCode: '', streetCode: '', username: 'admin', displayName: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((x) => ({ ...x, [field]: undefined }));
  };

  const check = (): Partial<Record<Field, string>> => {
    const v = Object.fromEntries(Object.entries(values).map(([k, s]) => [k, k === 'password' || k === 'confirm' ? s : s.trim()])) as Record<Field, string>;
    const out: Partial<Record<Field, string>> = {};
    for (const f of ['streetName', 'district', 'city', 'displayName'] as const) if (v[f].length < (f === 'displayName' ? 1 : 2)) out[f] = t('newStreet.error.required');
    if (!ADMIN_CODE_PATTERN.test(v.adminCode)) out.adminCode = t('newStreet.error.adminCode');
    if (!STREET_CODE_PATTERN.test(v.streetCode)) out.streetCode = t('newStreet.error.streetCode');
    else if (!out.adminCode && !v.streetCode.startsWith(v.adminCode)) out.streetCode = t('newStreet.error.streetCodePrefix', { code: v.adminCode });
    if (!USERNAME.test(v.username)) out.username = t('newStreet.error.username');
    if (v.password.length < PASSWORD_MIN_LENGTH) out.password = t('newStreet.error.passwordShort', { n: PASSWORD_MIN_LENGTH });
    else if (v.password === v.username) out.password = t('newStreet.error.passwordIsUsername');
    if (v.confirm !== v.password) out.confirm = t('newStreet.error.confirm');
    return out;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    const { confirm: _confirm, ...rest } = values;
    try {
      await api.call('firstStart.create', {
        kind: 'new',
        ...rest,
        streetName: rest.streetName.trim(),
        district: rest.district.trim(),
        city: rest.city.trim(),
        adminCode: rest.adminCode.trim(),
        streetCode: rest.streetCode.trim(),
        username: rest.username.trim(),
        displayName: rest.displayName.trim(),
      });
      onCreated();
    } catch (err) {
      setError(isApiClientError(err) && err.code === 'conflict' ? t('newStreet.error.exists') : errorMessage(err, t));
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, extra: { placeholder?: string; description?: string } = {}) => (
    <TextInput label={label} value={values[name]} onChange={set(name)} error={errors[name]} required data-testid={`new-street-${name}`} {...extra} />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="new-street-form">
      <Stack gap="sm">
        <Title order={4}>{t('newStreet.form.title')}</Title>
        <Text fw={600} fz="sm">
          {t('newStreet.form.street')}
        </Text>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          {field('streetName', t('newStreet.form.streetName'), { placeholder: t('newStreet.form.streetNamePlaceholder') })}
          {field('district', t('newStreet.form.district'), { placeholder: t('newStreet.form.districtPlaceholder') })}
          {field('city', t('newStreet.form.city'), { placeholder: t('newStreet.form.cityPlaceholder') })}
          {field('adminCode', t('newStreet.form.adminCode'), { description: t('newStreet.form.adminCodeHint') })}
        </SimpleGrid>
        {field('streetCode', t('newStreet.form.streetCode'), { description: t('newStreet.form.streetCodeHint') })}
        <Text fw={600} fz="sm" mt="xs">
          {t('newStreet.form.admin')}
        </Text>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          {field('username', t('newStreet.form.username'), { description: t('newStreet.form.usernameHint') })}
          {field('displayName', t('newStreet.form.displayName'))}
          <PasswordInput label={t('newStreet.form.password')} value={values.password} onChange={set('password')} error={errors.password} required data-testid="new-street-password" />
          <PasswordInput label={t('newStreet.form.confirm')} value={values.confirm} onChange={set('confirm')} error={errors.confirm} required data-testid="new-street-confirm" />
        </SimpleGrid>
        <Text fz="xs" c="dimmed">
          {t('newStreet.form.passwordHint')}
        </Text>
        {error && (
          <Alert color="red" data-testid="new-street-error">
            {error}
          </Alert>
        )}
        {busy && <Text fz="sm">{t('newStreet.form.creating')}</Text>}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack} disabled={busy} data-testid="new-street-back">
            {t('newStreet.form.back')}
          </Button>
          <Button type="submit" loading={busy} data-testid="new-street-submit">
            {t('newStreet.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
