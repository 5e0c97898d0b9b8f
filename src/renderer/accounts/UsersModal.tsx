// 用户管理 (administrators): every account with its role, community scope and state, and
// the acts on one: edit, disable, reset password (which also re-enables), lift a lockout.
import { Alert, Badge, Button, Group, Loader, Modal, ScrollArea, Table } from '@mantine/core';
import { useState } from 'react';
import type { AccountView } from '../../shared/accounts';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useLocale } from '../i18n/LocaleProvider';
import { accountStateTags, canLiftLockout, type AccountStateTag } from './accountState';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useCommunities } from './useCommunities';
import { UserFormModal } from './UserFormModal';
import { officeNow } from '../session/officeClock';

type Editing = { kind: 'form'; account: AccountView | null } | { kind: 'reset'; account: AccountView } | null;
type Feedback = { color: 'green' | 'red'; text: string } | null;

const TAG_COLOR: Record<AccountStateTag['kind'], string> = { active: 'green', disabled: 'gray', lockedOut: 'red', throttled: 'orange', mustChange: 'blue' };

export function UsersModal({ opened, onClose, currentUserId }: { opened: boolean; onClose: () => void; currentUserId: number }) {
  const { t, locale } = useLocale();
  const [reload, setReload] = useState(0);
  const list = useApiQuery('user.list', opened ? {} : null, reload);
  const communities = useCommunities(opened);
  const [editing, setEditing] = useState<Editing>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const now = officeNow();

  const dateTime = (ms: number) => new Date(ms).toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
  const tagText = (tag: AccountStateTag): string => {
    switch (tag.kind) {
      case 'throttled':
        return t('accounts.state.throttled', { time: new Date(tag.until).toLocaleTimeString(locale, { hour12: false }) });
      default:
        return t(`accounts.state.${tag.kind}`);
    }
  };

  const done = (text: string) => {
    setFeedback({ color: 'green', text });
    setEditing(null);
    setReload((n) => n + 1);
  };

  const act = async (account: AccountView, call: () => Promise<AccountView>, text: string) => {
    setBusyId(account.id);
    setFeedback(null);
    try {
      await call();
      done(text);
    } catch (error) {
      setFeedback({ color: 'red', text: errorMessage(error, t) });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('accounts.users.title')}
      size={1180}
      centered
      data-testid="users-modal"
      // While a form on top is open, Escape and outside clicks belong to it.
      closeOnEscape={editing === null}
      closeOnClickOutside={editing === null}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        {feedback ? (
          <Alert color={feedback.color} variant="light" py={6} data-testid="users-feedback" style={{ flex: 1 }} withCloseButton onClose={() => setFeedback(null)}>
            {feedback.text}
          </Alert>
        ) : (
          <span />
        )}
        <Button onClick={() => setEditing({ kind: 'form', account: null })} data-testid="users-add">
          {t('accounts.users.add')}
        </Button>
      </Group>
      {list.status === 'loading' && <Loader size="sm" />}
      {list.status === 'error' && (
        <Alert color="red" title={t('accounts.users.loadFailed')}>
          {errorMessage(list.error, t)}
        </Alert>
      )}
      {list.status === 'ok' && (
        <ScrollArea.Autosize mah="64vh">
          <Table striped highlightOnHover verticalSpacing={6} data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accounts.users.username')}</Table.Th>
                <Table.Th>{t('accounts.users.displayName')}</Table.Th>
                <Table.Th>{t('accounts.users.role')}</Table.Th>
                <Table.Th>{t('accounts.users.scope')}</Table.Th>
                <Table.Th>{t('accounts.users.state')}</Table.Th>
                <Table.Th>{t('accounts.users.passwordChangedAt')}</Table.Th>
                <Table.Th>{t('accounts.users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((account) => {
                const self = account.id === currentUserId;
                const busy = busyId === account.id;
                return (
                  <Table.Tr key={account.id} data-testid={`user-row-${account.username}`}>
                    <Table.Td ff="monospace">
                      {account.username}
                      {self && (
                        <Badge ml={6} size="xs" variant="light">
                          {t('accounts.users.you')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{account.displayName}</Table.Td>
                    <Table.Td>{t(`role.${account.role}`)}</Table.Td>
                    <Table.Td data-testid="user-scope">{account.communityName ?? t('accounts.scope.street')}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" data-testid="user-state">
                        {accountStateTags(account, now).map((tag) => (
                          <Badge key={tag.kind} size="sm" variant="light" color={TAG_COLOR[tag.kind]} data-state={tag.kind}>
                            {tagText(tag)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td className="tabular">{account.passwordChangedAt === null ? t('accounts.users.never') : dateTime(account.passwordChangedAt)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'form', account })} data-testid="user-edit">
                          {t('accounts.users.edit')}
                        </Button>
                        {!self && (
                          <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setEditing({ kind: 'reset', account })} data-testid="user-reset">
                            {account.disabled ? t('accounts.users.enable') : t('accounts.users.reset')}
                          </Button>
                        )}
                        {!self && !account.disabled && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            loading={busy}
                            onClick={() => void act(account, () => api.call('user.update', { id: account.id, disabled: true }), t('accounts.users.disabledDone', { name: account.displayName }))}
                            data-testid="user-disable"
                          >
                            {t('accounts.users.disable')}
                          </Button>
                        )}
                        {canLiftLockout(account, now) && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            loading={busy}
                            onClick={() => void act(account, () => api.call('user.liftLockout', { id: account.id }), t('accounts.users.liftDone', { name: account.displayName }))}
                            data-testid="user-lift"
                          >
                            {t('accounts.users.lift')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {editing?.kind === 'form' && (
        <UserFormModal
          account={editing.account}
          communities={communities}
          onClose={() => setEditing(null)}
          onDone={(account, created) => done(created ? t('accounts.form.created', { username: account.username }) : t('accounts.form.saved', { username: account.username }))}
        />
      )}
      {editing?.kind === 'reset' && (
        <ResetPasswordModal account={editing.account} onClose={() => setEditing(null)} onDone={(account) => done(t('accounts.reset.done', { name: account.displayName }))} />
      )}
    </Modal>
  );
}
