// Recording a wish as a grid worker or building head brought it in: the kind, category and
// what is wished for, the resident (found by name; masked as the core shows them) or, for a
// 微项目, their building, and who collected it.
import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { WishDetail } from '../../../shared/wishes';
import { WISH_CATEGORIES, WISH_KINDS, type WishCategory, type WishKind } from '../../../shared/vocab/wishes';
import type { UserView } from '../../../shared/views';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';

export function RecordWishModal({ user, onClose, onRecorded }: { user: UserView; onClose: () => void; onRecorded: (id: number) => void }) {
  const t = useT();
  const [kind, setKind] = useState<WishKind>('wish');
  const [category, setCategory] = useState<WishCategory>('daily_goods');
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [q, setQ] = useState('');
  const [resident, setResident] = useState<string | null>(null);
  const [collector, setCollector] = useState<string | null>(null);
  const [community, setCommunity] = useState<number | null>(user.communityId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The communities (for an account of the whole street), as the 三张清单 list them.
  const parties = useApiQuery('partyList.units', user.communityId === null ? {} : null);
  const hits = useApiQuery('search.query', q.trim().length >= 1 ? { q: q.trim(), kinds: kind === 'project' ? ['building'] : ['resident'], limit: 20 } : null);
  const collectors = useApiQuery('wish.collectors', community === null ? null : { communityId: community });
  const communities = parties.status === 'ok' ? parties.data.communities : [];
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const picked = resident === null ? {} : kind === 'project' ? { buildingId: Number(resident) } : { residentId: Number(resident) };
      const w: WishDetail = await api.call('wish.record', { kind, category, title: title.trim(), ...(detail.trim() ? { detail: detail.trim() } : {}), ...picked, collectorStaffId: Number(collector ?? 0) });
      onRecorded(w.id);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('wish.record')} size="lg" data-testid="wish-record-modal">
      <Stack gap="xs">
        <Group grow>
          <Select label={t('wish.field.kind')} data={WISH_KINDS.map((k) => ({ value: k, label: t(`wish.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as WishKind)} data-testid="wish-kind" />
          <Select label={t('wish.field.category')} data={WISH_CATEGORIES.map((c) => ({ value: c, label: t(`wish.category.${c}`) }))} value={category} onChange={(v) => v && setCategory(v as WishCategory)} data-testid="wish-category" />
        </Group>
        <TextInput label={t('wish.field.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="wish-title" />
        <Textarea label={t('wish.field.detail')} autosize minRows={2} value={detail} onChange={(e) => setDetail(e.currentTarget.value)} />
        {user.communityId === null && (
          <Select label={t('wish.field.community')} data={communities.map((c) => ({ value: String(c.id), label: c.name }))} value={community === null ? null : String(community)} onChange={(v) => setCommunity(v ? Number(v) : null)} data-testid="wish-community" />
        )}
        <Group grow align="flex-end">
          <TextInput label={kind === 'project' ? t('wish.field.building') : t('wish.field.resident')} value={q} onChange={(e) => setQ(e.currentTarget.value)} data-testid="wish-resident-q" />
          <Select
            data={hits.status === 'ok' ? hits.data.map((h) => ({ value: String(h.id), label: `${h.title} · ${h.subtitle}` })) : []}
            value={resident}
            onChange={setResident}
            searchable
            nothingFoundMessage="—"
            data-testid="wish-resident"
            aria-label={t('wish.field.resident')}
          />
        </Group>
        <Select
          label={t('wish.field.collector')}
          searchable
          data={collectors.status === 'ok' ? collectors.data.map((c) => ({ value: String(c.staffId), label: `${c.name} · ${c.gridName}` })) : []}
          value={collector}
          onChange={setCollector}
          data-testid="wish-collector"
        />
        {error && (
          <Alert color="red" data-testid="wish-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('wish.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="wish-record-submit">
            {t('wish.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
