// One follow-up item of a decision: its kind (任务, 案件, 督办, 清单项目), then what it links
// (a task's words, a case found by its number, a need or project of the 三张清单 lists),
// its owner and due day.
import { ActionIcon, Group, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { DECISION_ITEM_KINDS } from '../../../shared/vocab/meetings';
import { PARTY_LIST_OPEN } from '../../../shared/vocab/partyLists';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import type { ItemDraft } from './itemDraft';

interface Option {
  value: string;
  label: string;
}

/** Cases whose number holds what was typed (search.query), as choices. */
function useCaseOptions(query: string): Option[] {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('search.query', { q, kinds: ['case'], limit: 20 })
        .then((hits) => live && setOptions(hits.map((h) => ({ value: String(h.id), label: `${h.title} · ${h.subtitle}` }))))
        .catch(() => live && setOptions([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return options;
}

/** Open needs and projects of the lists (资源 are offered, not decided on). */
function useListOptions(enabled: boolean): Option[] {
  const needs = useApiQuery('partyList.list', enabled ? { kind: 'need', limit: 500 } : null);
  const projects = useApiQuery('partyList.list', enabled ? { kind: 'project', limit: 500 } : null);
  const t = useT();
  return [needs, projects].flatMap((q) =>
    q.status === 'ok' ? q.data.items.filter((i) => PARTY_LIST_OPEN.includes(i.status)).map((i) => ({ value: String(i.id), label: `${t(`meetings.listKind.${i.kind}`)} ${i.code} · ${i.title}` })) : [],
  );
}

export function ItemFields({ index, draft, onChange, onRemove }: { index: number; draft: ItemDraft; onChange: (d: ItemDraft) => void; onRemove: () => void }) {
  const t = useT();
  const [caseQuery, setCaseQuery] = useState('');
  const [picked, setPicked] = useState<Option | null>(null);
  const found = useCaseOptions(caseQuery);
  const caseOptions = picked && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;
  const listOptions = useListOptions(draft.kind === 'party_list');
  const set = (patch: Partial<ItemDraft>) => onChange({ ...draft, ...patch });
  const tid = (name: string) => `decide-item-${index}-${name}`;
  return (
    <Stack gap={6} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }} data-testid={tid('box')}>
      <Group justify="space-between" wrap="nowrap">
        <SegmentedControl
          size="xs"
          value={draft.kind}
          onChange={(v) => set({ kind: v as ItemDraft['kind'] })}
          data={DECISION_ITEM_KINDS.map((k) => ({ value: k, label: t(`meetings.itemKind.${k}`) }))}
          data-testid={tid('kind')}
        />
        <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('meetings.item.remove')} data-testid={tid('remove')}>
          ×
        </ActionIcon>
      </Group>
      {draft.kind === 'task' && <TextInput label={t('meetings.taskTitle')} value={draft.title} onChange={(e) => set({ title: e.currentTarget.value })} data-testid={tid('title')} />}
      {(draft.kind === 'case' || draft.kind === 'supervise') && (
        <Select
          label={draft.kind === 'supervise' ? t('meetings.item.superviseCase') : t('meetings.item.case')}
          placeholder={t('meetings.item.caseSearch')}
          searchable
          searchValue={caseQuery}
          onSearchChange={setCaseQuery}
          data={caseOptions}
          value={draft.caseId === null ? null : String(draft.caseId)}
          onChange={(v) => {
            setPicked(caseOptions.find((o) => o.value === v) ?? null);
            set({ caseId: v === null ? null : Number(v) });
          }}
          nothingFoundMessage={caseQuery.trim().length < 2 ? t('meetings.item.caseTypeMore') : t('meetings.item.noCase')}
          filter={({ options }) => options}
          data-testid={tid('case')}
        />
      )}
      {draft.kind === 'party_list' && (
        <Select
          label={t('meetings.item.listItem')}
          searchable
          data={listOptions}
          value={draft.partyListItemId === null ? null : String(draft.partyListItemId)}
          onChange={(v) => set({ partyListItemId: v === null ? null : Number(v) })}
          nothingFoundMessage={t('meetings.item.noListItem')}
          data-testid={tid('list')}
        />
      )}
      <Group grow>
        <TextInput label={t('meetings.owner')} value={draft.owner} onChange={(e) => set({ owner: e.currentTarget.value })} data-testid={tid('owner')} />
        <TextInput label={t('meetings.dueOn')} value={draft.dueOn} onChange={(e) => set({ dueOn: e.currentTarget.value })} data-testid={tid('due')} />
      </Group>
    </Stack>
  );
}
