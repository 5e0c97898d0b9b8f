// The case's history, oldest first: what happened, from which status to which, who did it,
// when, and the note they left. A step recorded for someone else says so (代录：A 代 B).
import { Badge, Group, Text, Timeline } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { RecordedCaseEvent } from '../../../shared/cases';
import { catalogs } from '../../i18n/locales';
import { formatDateTime } from '../../detail/formatters';
import { useLocale } from '../../i18n/LocaleProvider';
import { ActorName, NoteText } from '../../i18n/Vocabulary';
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
          {e.onBehalfOf && e.onBehalf ? (
            <Text fz="xs" c="orange.8" data-testid="case-event-actor" data-on-behalf={e.onBehalfOf}>
              <OnBehalf recorder={<ActorName actor={e.actor} />} person={<ActorName actor={e.onBehalf} />} />
            </Text>
          ) : (
            <Text fz="xs" c="dimmed" data-testid="case-event-actor">
              <ActorName actor={e.actor} />
            </Text>
          )}
          {e.noteParts.length > 0 && (
            <Text fz="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-event-note">
              <NoteText parts={e.noteParts} />
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** '代录：{recorder} 代 {person}' with the two actors put in as elements. */
function OnBehalf({ recorder, person }: { recorder: ReactNode; person: ReactNode }) {
  const { locale } = useLocale();
  return (
    <>
      {catalogs[locale]['timeline.onBehalf'].split(/(\{recorder\}|\{person\})/).map((piece, i) => (
        <Fragment key={i}>{piece === '{recorder}' ? recorder : piece === '{person}' ? person : piece}</Fragment>
      ))}
    </>
  );
}
