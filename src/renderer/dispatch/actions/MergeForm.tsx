// 合并: this case duplicates another; find the other by its code or address and merge.
import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { CaseRow, RecordedCaseDetail } from '../../../shared/cases';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import { CountedTextarea } from './CountedTextarea';
import { api } from '../../api/api';
import { useT } from '../../i18n/LocaleProvider';
import { ActionFormShell } from './ActionFormShell';
import { useActSubmit } from './useActSubmit';

export function MergeForm({ detail, onDone, onCancel }: { detail: RecordedCaseDetail; onDone: (d: RecordedCaseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const [found, setFound] = useState<CaseRow[]>([]);
  const [into, setInto] = useState<number | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    // Without a search, offer the open cases of the same grid: duplicates are neighbours.
    const input = debounced ? { queue: 'all' as const, q: debounced, limit: 8 } : { queue: 'all' as const, gridId: detail.grid.id, statuses: ['registered' as const, 'dispatched' as const, 'handling' as const], limit: 8 };
    api.call('case.queue', input).then(
      (r) => live && setFound(r.items.filter((c) => c.id !== detail.id)),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [debounced, detail.id, detail.grid.id]);

  const input = { caseId: detail.id, action: 'merge', intoCaseId: into ?? 0, ...(note.trim() ? { note } : {}) };
  const { submit, busy, errors, left } = useActSubmit(onDone, input);
  const send = () => void submit(input, ['intoCaseId', 'note']);
  return (
    <ActionFormShell action="merge" busy={busy} errors={errors} onSubmit={send} onCancel={onCancel}>
      <TextInput size="xs" label={t('action.mergeSearch')} placeholder={t('queue.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} data-testid="action-merge-search" />
      <Radio.Group value={into === null ? null : String(into)} onChange={(v) => setInto(Number(v))} error={errors.fields.intoCaseId}>
        <Stack gap={4}>
          {found.length === 0 && (
            <Text fz="xs" c="dimmed">
              {t('search.noResults')}
            </Text>
          )}
          {found.map((c) => (
            <Radio
              key={c.id}
              value={String(c.id)}
              size="xs"
              data-testid="action-merge-option"
              label={
                <Group gap={6} wrap="nowrap">
                  <Text fz="xs" ff="monospace">
                    {c.code}
                  </Text>
                  <Text fz="xs">{c.subcategoryName}</Text>
                  <Text fz="xs" c="dimmed" truncate maw={160}>
                    {c.address}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t(`caseStatus.${c.status}`)}
                  </Text>
                </Group>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      <CountedTextarea size="xs" label={t('actionNote.default')} value={note} onChange={setNote} error={errors.fields.note} onBlur={() => left('note')} autosize minRows={1} limit={TEXT_LIMITS.note} />
    </ActionFormShell>
  );
}
