// The case's history, oldest first: what happened, from which status to which, who did it,
// when, and the note they left. A step recorded for someone else says so (代录：A 代 B).
import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { RecordedCaseEvent } from '../../../shared/cases';
import { formatDateTime } from '../../detail/formatters';
import { useLocale } from '../../i18n/LocaleProvider';
import { statusColor } from '../statusColor';

export function CaseTimeline({ events }: { events: RecordedCaseEvent[] }) {
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
          {e.onBehalfOf ? (
            <Text fz="xs" c="orange.8" data-testid="case-event-actor" data-on-behalf={e.onBehalfOf}>
              {t('timeline.onBehalf', { recorder: e.actorName, person: e.onBehalfOf })}
            </Text>
          ) : (
            <Text fz="xs" c="dimmed" data-testid="case-event-actor">
              {e.actorName}
            </Text>
          )}
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
