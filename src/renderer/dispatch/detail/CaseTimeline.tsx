// The case's history, oldest first: what happened, from which status to which, who did it,
// when, and the note they left.
import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { CaseEventView } from '../../../shared/views';
import { formatDateTime } from '../../detail/formatters';
import { useLocale } from '../../i18n/LocaleProvider';
import { statusColor } from '../statusColor';

export function CaseTimeline({ events }: { events: CaseEventView[] }) {
  const { t, tOpen, locale } = useLocale();
  return (
    <Timeline active={events.length - 1} bulletSize={12} lineWidth={2} data-testid="case-timeline">
      {events.map((e) => (
        <Timeline.Item
          key={e.id}
          data-testid="case-event"
          data-kind={e.kind}
          data-to={e.toStatus ?? ''}
          title={
            <Group gap={6} justify="space-between" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <Text fz="sm" fw={600}>
                  {tOpen('caseEvent', e.kind)}
                </Text>
                {e.toStatus && e.fromStatus !== e.toStatus && (
                  <Text fz="xs" c="dimmed" span>
                    {e.fromStatus ? `${t(`caseStatus.${e.fromStatus}`)} → ` : ''}
                    <Badge size="xs" variant="light" color={statusColor(e.toStatus)}>
                      {t(`caseStatus.${e.toStatus}`)}
                    </Badge>
                  </Text>
                )}
              </Group>
              <Text fz="xs" c="dimmed" className="tabular" style={{ flex: 'none' }}>
                {formatDateTime(e.at, locale)}
              </Text>
            </Group>
          }
        >
          <Text fz="xs" c="dimmed" data-testid="case-event-actor">
            {e.actorName}
          </Text>
          {e.note && (
            <Text fz="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-event-note">
              {e.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
