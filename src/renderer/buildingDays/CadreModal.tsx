// Adding or editing a 包干干部: name, post, the weekly 楼栋工作日 and the account they sign in
// with (a leader), if any. The core judges; the form says in words what is missing first.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CadreView } from '../../shared/buildingDays';
import { CADRE_POSTS, type CadrePost } from '../../shared/vocab/buildingDays';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { refusalMessage } from '../partyWork/refusalMessage';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function CadreModal({ cadre, onClose, onSaved }: { cadre: CadreView | null; onClose: () => void; onSaved: (c: CadreView) => void }) {
  const t = useT();
  const [name, setName] = useState(cadre?.name ?? '');
  const [post, setPost] = useState<CadrePost>(cadre?.post ?? 'cadre');
  const [weekday, setWeekday] = useState(String(cadre?.visitWeekday ?? 3));
  const [account, setAccount] = useState<string | null>(cadre?.userId == null ? null : String(cadre.userId));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const users = useApiQuery('user.list', {});
  const leaders = users.status === 'ok' ? users.data.filter((u) => u.role === 'leader' && (!u.disabled || u.id === cadre?.userId)) : [];
  const submit = async () => {
    if (name.trim().length < 2) {
      setError(t('buildingDay.cadre.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await api.call('buildingDay.saveCadre', {
          ...(cadre ? { id: cadre.id } : {}),
          name: name.trim(),
          post,
          visitWeekday: Number(weekday),
          userId: account === null ? null : Number(account),
        }),
      );
    } catch (e) {
      setError(refusalMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(cadre ? 'buildingDay.cadre.edit' : 'buildingDay.cadre.add')} data-testid="cadre-modal">
      <Stack gap="xs">
        <TextInput label={t('buildingDay.cadres.name')} value={name} onChange={(e) => { setName(e.currentTarget.value); setError(null); }} data-testid="cadre-name" />
        <Group grow>
          <Select label={t('buildingDay.cadres.post')} data={CADRE_POSTS.map((p) => ({ value: p, label: t(`buildingDay.post.${p}`) }))} value={post} onChange={(v) => v && setPost(v as CadrePost)} allowDeselect={false} data-testid="cadre-post" />
          <Select
            label={t('buildingDay.cadres.weekday')}
            data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`buildingDay.weekday.${d}`) }))}
            value={weekday}
            onChange={(v) => v && setWeekday(v)}
            allowDeselect={false}
            data-testid="cadre-weekday"
          />
        </Group>
        <Select
          label={t('buildingDay.cadre.account')}
          description={t('buildingDay.cadre.accountHint')}
          data={leaders.map((u) => ({ value: String(u.id), label: `${u.displayName}（${u.username}）` }))}
          value={account}
          onChange={setAccount}
          clearable
          searchable
          data-testid="cadre-account"
        />
        {error && (
          <Alert color="red" p={6} data-testid="cadre-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('buildingDay.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="cadre-submit">
            {t('buildingDay.cadre.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
