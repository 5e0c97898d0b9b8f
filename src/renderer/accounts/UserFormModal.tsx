// Add an account (username, name, role, community scope, temporary password) or edit one
// (name, role, scope). The core checks every rule; its refusals show under their fields.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AccountView } from '../../shared/accounts';
import { PASSWORD_MIN_LENGTH } from '../../shared/vocab/accounts';
import { ROLES, type Role } from '../../shared/domain';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { refusalsByField } from './fieldRefusals';
import { refusalWording } from './refusalWords';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';
import type { CommunityOption } from './useCommunities';

const FIELDS = ['username', 'displayName', 'role', 'communityId', 'password'] as const;
type Field = (typeof FIELDS)[number];
/** The select's value for "no community": the whole street. */
const STREET = 'street';

interface Props {
  /** null: a new account. */
  account: AccountView | null;
  communities: CommunityOption[];
  onClose: () => void;
  onDone: (account: AccountView, created: boolean) => void;
}

export function UserFormModal({ account, communities, onClose, onDone }: Props) {
  const t = useT();
  const creating = account === null;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(account?.displayName ?? '');
  const [role, setRole] = useState<Role>(account?.role ?? 'community');
  const [scope, setScope] = useState(account?.communityId ? String(account.communityId) : STREET);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!displayName.trim()) found.displayName = t('accounts.form.displayNameRequired');
    if (role === 'community' && scope === STREET) found.communityId = t('accounts.form.scopeRequired');
    if (creating && password.length < PASSWORD_MIN_LENGTH) found.password = t('accounts.password.tooShort', { min: PASSWORD_MIN_LENGTH });
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    const communityId = scope === STREET ? null : Number(scope);
    setBusy(true);
    try {
      const saved = creating
        ? await api.call('user.create', { username: username.trim(), displayName: displayName.trim(), role, communityId, password })
        : await api.call('user.update', { id: account.id, displayName: displayName.trim(), role, communityId });
      onDone(saved, creating);
    } catch (error) {
      setBusy(false);
      const { byField, unplaced } = refusalsByField(error, FIELDS, refusalWording(t));
      setErrors(byField);
      if (unplaced) setGeneral(errorMessage(error, t));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={creating ? t('accounts.form.createTitle') : t('accounts.form.editTitle', { username: account.username })}
      centered
      size={520}
      zIndex={310}
      data-testid="account-form-modal"
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="account-form">
        <Stack gap="sm">
          {creating && (
            <TextInput
              label={t('accounts.form.username')}
              description={t('accounts.form.usernameHint')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={errors.username}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              data-testid="account-username"
            />
          )}
          <TextInput
            label={t('accounts.form.displayName')}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
            data-testid="account-display-name"
          />
          <Select
            label={t('accounts.form.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            allowDeselect={false}
            error={errors.role}
            comboboxProps={{ zIndex: 320 }}
            data-testid="account-role"
          />
          <Select
            label={t('accounts.form.scope')}
            description={t('accounts.form.scopeHint')}
            data={[{ value: STREET, label: t('accounts.scope.street') }, ...communities.map((c) => ({ value: String(c.id), label: c.name }))]}
            value={scope}
            onChange={(v) => v && setScope(v)}
            allowDeselect={false}
            error={errors.communityId}
            comboboxProps={{ zIndex: 320 }}
            data-testid="account-scope"
          />
          {creating && <TemporaryPasswordInput value={password} onChange={setPassword} error={errors.password} />}
          {general && (
            <Alert color="red" variant="light" py="xs" role="alert" data-testid="account-form-error">
              {general}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('accounts.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="account-form-submit">
              {creating ? t('accounts.form.create') : t('accounts.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
