// Decisions with their follow-up items and computed progress; a task's start/complete buttons
// for those who may record. Used by the meeting view, the matter drawer and the deck's panel.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DecisionItemView, DecisionView, ProgressState } from '../../shared/meetings';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { PROGRESS_COLOR } from './words';

export function ProgressBadge({ progress, testId }: { progress: ProgressState; testId?: string }) {
  const t = useT();
  return (
    <Badge size="sm" variant="light" color={PROGRESS_COLOR[progress]} data-testid={testId} data-progress={progress}>
      {t(`meetings.progress.${progress}`)}
    </Badge>
  );
}

function ItemRow({ item, canWrite, onError }: { item: DecisionItemView; canWrite: boolean; onError: (m: string) => void }) {
  const t = useT();
  const step = async (action: 'start' | 'complete') => {
    try {
      await api.call('meeting.itemStep', { itemId: item.id, action });
    } catch (e) {
      onError(errorMessage(e, t));
    }
  };
  return (
    <Group gap={6} wrap="nowrap" data-testid="decision-item" data-kind={item.kind} data-progress={item.progress}>
      <Badge size="xs" variant="outline" color={item.kind === 'supervise' ? 'red' : 'gray'} w={64}>
        {t(`meetings.itemKind.${item.kind}`)}
      </Badge>
      <Text fz="sm" style={{ flex: 1, minWidth: 0 }} truncate>
        {item.label}
      </Text>
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {item.owner} · {item.dueOn}
      </Text>
      <ProgressBadge progress={item.progress} />
      {canWrite && item.kind === 'task' && item.linkedStatus === 'not_started' && (
        <Button size="compact-xs" variant="subtle" onClick={() => void step('start')} data-testid="item-start">
          {t('meetings.item.start')}
        </Button>
      )}
      {canWrite && item.kind === 'task' && item.linkedStatus !== 'completed' && (
        <Button size="compact-xs" variant="light" onClick={() => void step('complete')} data-testid="item-complete">
          {t('meetings.item.complete')}
        </Button>
      )}
    </Group>
  );
}

export function DecisionList({ decisions, canWrite, testId = 'decision' }: { decisions: readonly DecisionView[]; canWrite: boolean; testId?: string }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  if (decisions.length === 0) return <Text fz="sm" c="dimmed">{t('meetings.noDecisions')}</Text>;
  return (
    <Stack gap="xs">
      {decisions.map((d) => (
        <Stack key={d.id} gap={4} p={8} style={{ border: '1px solid #e3e7ee', borderRadius: 6, background: '#fff' }} data-testid={testId} data-id={d.id} data-progress={d.progress}>
          <Group gap={8} wrap="nowrap" justify="space-between">
            <Text fz="sm" fw={600} style={{ minWidth: 0 }}>
              <Text span c="dimmed" fz="xs" mr={6}>
                {d.code}
              </Text>
              {d.text}
            </Text>
            {d.status === 'withdrawn' ? (
              <Badge size="sm" color="dark" variant="light">
                {t('meetings.withdrawn')}
              </Badge>
            ) : (
              <ProgressBadge progress={d.progress} testId="decision-progress" />
            )}
          </Group>
          {d.items.map((i) => (
            <ItemRow key={i.id} item={i} canWrite={canWrite && d.status === 'active'} onError={setError} />
          ))}
        </Stack>
      ))}
      {error && (
        <Text fz="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
