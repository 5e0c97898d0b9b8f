// Meetings by body: the body's meetings on the left, the chosen one on the right — the last
// meeting's decisions with their progress first, then this meeting's topics and decisions.
import { Badge, Box, Button, Group, ScrollArea, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import type { MeetingsContext } from './MeetingsWorkspace';
import { MeetingView } from './MeetingView';
import { OpenMeetingModal } from './OpenMeetingModal';
import { useMeetingsChanged } from './useMeetingsChanged';
import { MEETING_WRITERS } from './words';

export function MeetingsTab(ctx: MeetingsContext) {
  const t = useT();
  const changed = useMeetingsChanged();
  const bodies = useApiQuery('meeting.bodies', {}, changed);
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [opening, setOpening] = useState(false);
  const list = useApiQuery('meeting.list', bodyId === null ? null : { bodyId, limit: 100 }, changed);
  const figures = useApiQuery('meeting.figures', {}, changed);
  const canWrite = MEETING_WRITERS.includes(ctx.user.role);
  useEffect(() => {
    if (bodyId === null && bodies.status === 'ok' && bodies.data[0]) setBodyId(bodies.data[0].id);
  }, [bodies, bodyId]);
  const body = bodies.status === 'ok' ? bodies.data.find((b) => b.id === bodyId) : undefined;
  return (
    <Box style={{ display: 'grid', gridTemplateColumns: '300px 1fr', height: '100%', minHeight: 0 }}>
      <Stack gap="xs" p="sm" style={{ borderRight: '1px solid #e3e7ee', minHeight: 0 }}>
        <Select
          size="xs"
          label={t('meetings.body')}
          data={bodies.status === 'ok' ? bodies.data.map((b) => ({ value: String(b.id), label: b.name })) : []}
          value={bodyId === null ? null : String(bodyId)}
          onChange={(v) => {
            setBodyId(v ? Number(v) : null);
            setMeetingId(null);
          }}
          data-testid="meetings-body"
          comboboxProps={{ withinPortal: true }}
        />
        {body && (
          <Group justify="space-between">
            <Text fz="xs" c="dimmed">
              {t(`meetings.kind.${body.kind}`)} · {t('meetings.bodyMeetings', { count: body.meetings })}
            </Text>
            {canWrite && (
              <Button size="compact-xs" onClick={() => setOpening(true)} data-testid="meetings-open">
                {t('meetings.open')}
              </Button>
            )}
          </Group>
        )}
        {figures.status === 'ok' && (
          <Text fz="xs" c="dimmed" data-testid="meetings-figures">
            {t('meetings.figures', { ...figures.data })}
          </Text>
        )}
        <ScrollArea style={{ flex: 1 }}>
          <Stack gap={4}>
            {list.status === 'error' && <Text c="red">{errorMessage(list.error, t)}</Text>}
            {list.status === 'ok' && list.data.length === 0 && <Text fz="sm" c="dimmed">{t('meetings.list.empty')}</Text>}
            {list.status === 'ok' &&
              list.data.map((m) => (
                <UnstyledButton
                  key={m.id}
                  onClick={() => setMeetingId(m.id)}
                  p={6}
                  style={{ borderRadius: 4, background: m.id === meetingId ? '#e7f0ff' : undefined }}
                  data-testid="meeting-row"
                  data-id={m.id}
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <Text fz="sm" fw={600} truncate>
                      {m.heldOn} {m.title}
                    </Text>
                    <Badge size="xs" variant="light" color={m.status === 'open' ? 'blue' : 'gray'}>
                      {t(`meetings.status.${m.status}`)}
                    </Badge>
                  </Group>
                  <Text fz="xs" c="dimmed">
                    {m.code} · {t('meetings.counts', { topics: m.topics, decisions: m.decisions })}
                  </Text>
                </UnstyledButton>
              ))}
          </Stack>
        </ScrollArea>
      </Stack>
      <ScrollArea style={{ minHeight: 0 }} p="sm">
        {meetingId === null ? <Text c="dimmed">{t('meetings.pick')}</Text> : <MeetingView id={meetingId} canWrite={canWrite} reload={changed} />}
      </ScrollArea>
      {opening && bodyId !== null && (
        <OpenMeetingModal
          bodyId={bodyId}
          onClose={(id) => {
            setOpening(false);
            if (id) setMeetingId(id);
          }}
        />
      )}
    </Box>
  );
}
