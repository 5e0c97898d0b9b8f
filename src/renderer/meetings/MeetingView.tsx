// One meeting: the previous meeting of the same body with its decisions' progress now (what
// the chair goes through first), attendance, then this meeting's topics and their decisions.
import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { DecideModal } from './DecideModal';
import { DecisionList } from './DecisionList';

export function MeetingView({ id, canWrite, reload }: { id: number; canWrite: boolean; reload: number }) {
  const t = useT();
  const detail = useApiQuery('meeting.detail', { id }, reload);
  const [deciding, setDeciding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (detail.status === 'loading') return <Text c="dimmed">{t('common.loading')}</Text>;
  if (detail.status === 'error') return <Alert color="red">{errorMessage(detail.error, t)}</Alert>;
  const d = detail.data;
  const m = d.meeting;
  const open = m.status === 'open';
  const close = async () => {
    try {
      await api.call('meeting.close', { id: m.id });
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <Stack gap="md" data-testid="meeting-view" data-id={m.id}>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={4}>
            {m.heldOn} {m.title}
          </Title>
          <Text fz="xs" c="dimmed">
            {[m.code, m.bodyName, m.place, t('meetings.attending', { units: d.units.length, people: d.people.length })].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={open ? 'blue' : 'gray'} data-testid="meeting-status">
            {t(`meetings.status.${m.status}`)}
          </Badge>
          {canWrite && open && (
            <>
              <Button size="xs" onClick={() => setDeciding(true)} data-testid="meeting-decide">
                {t('meetings.decide')}
              </Button>
              <Button size="xs" variant="default" onClick={() => void close()} data-testid="meeting-close">
                {t('meetings.close')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Stack gap={6} data-testid="meeting-previous" p="sm" style={{ background: '#f5f8fc', borderRadius: 6 }}>
        <Text fz="sm" fw={700}>
          {d.previous ? t('meetings.previous', { date: d.previous.meeting.heldOn }) : t('meetings.previousNone')}
        </Text>
        {d.previous && <DecisionList decisions={d.previous.decisions} canWrite={canWrite} testId="previous-decision" />}
      </Stack>
      {d.units.length > 0 && (
        <Text fz="xs" c="dimmed">
          {d.units.join('、')}
        </Text>
      )}
      <Stack gap="sm">
        <Text fz="sm" fw={700}>
          {t('meetings.topics')}
        </Text>
        {d.topics.length === 0 && <Text fz="sm" c="dimmed">{t('meetings.noTopics')}</Text>}
        {d.topics.map((topic) => (
          <Stack key={topic.id} gap={4} data-testid="meeting-topic" data-source={topic.source}>
            <Group gap={6}>
              <Badge size="xs" variant="outline">
                {t(`meetings.source.${topic.source}`)}
              </Badge>
              <Text fz="sm" fw={600}>
                {topic.title}
              </Text>
              {topic.gridName && (
                <Text fz="xs" c="dimmed">
                  {topic.gridName}
                </Text>
              )}
            </Group>
            {topic.notes && <Text fz="xs">{topic.notes}</Text>}
            <DecisionList decisions={topic.decisions} canWrite={canWrite} />
          </Stack>
        ))}
      </Stack>
      {deciding && <DecideModal meetingId={m.id} onClose={() => setDeciding(false)} />}
    </Stack>
  );
}
