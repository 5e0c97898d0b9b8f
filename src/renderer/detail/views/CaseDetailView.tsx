// A case: what, where, who handles it, its clock, and the timeline of its events.
import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import type { CaseDetail } from '../../../shared/views';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatDateTime } from '../formatters';
import { InfoTable } from '../parts/InfoTable';
import { LightDot } from '../parts/LightDot';
import { GridLink } from '../parts/GridLink';
import { Section } from '../parts/Section';
import { useDetailNav } from '../DetailNav';
import { RevealButton } from '../reveal/RevealButton';
import { useRevealKinds } from '../reveal/useRevealKinds';

export function CaseDetailView({ detail: c }: { detail: CaseDetail }) {
  const { t, tOpen, locale } = useLocale();
  const { handleCase } = useDetailNav();
  const canReveal = useRevealKinds().has('reporter');
  // The core shows the reporter in full only on cases this account works, masked or not at all otherwise.
  const reporter = [c.reporterName, c.reporterPhone].filter(Boolean).join(' · ');
  const masked = reporter.includes('*');
  return (
    <Stack gap="md">
      {handleCase && (
        <Button size="xs" variant="light" onClick={() => handleCase(c.id, c.center)} data-testid="case-open-desk" style={{ alignSelf: 'flex-start' }}>
          {t('detail.handleOnDesk')}
        </Button>
      )}
      <Group gap={6}>
        <LightDot light={c.light} />
        <Badge color={c.light === 'red' ? 'red' : c.light === 'yellow' ? 'yellow' : 'green'} data-testid="case-status">
          {t(`caseStatus.${c.status}`)}
        </Badge>
        {c.light && <Badge color="gray">{t(`caseLight.${c.light}`)}</Badge>}
        {c.supervised && (
          <Badge color="violet" variant="filled">
            {t('detail.supervised')}
          </Badge>
        )}
      </Group>
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {c.description}
      </Text>
      <InfoTable
        rows={[
          { label: t('detail.caseCategory'), value: `${t(`caseClass.${c.caseClass}`)} · ${c.categoryName} · ${c.subcategoryName}` },
          { label: t('detail.source'), value: t(`caseSource.${c.source}`) },
          { label: t('detail.address'), value: c.address },
          { label: t('detail.grid'), value: <GridLink grid={c.grid} /> },
          { label: t('detail.assignee'), value: c.assignee ?? t('common.none') },
          ...(reporter
            ? [
                {
                  label: t('detail.reporter'),
                  testId: 'case-reporter',
                  value: (
                    <Group gap={4} wrap="nowrap">
                      <span>{reporter}</span>
                      {masked && canReveal && <RevealButton kind="reporter" id={c.id} label={c.reporterName ?? c.code} />}
                    </Group>
                  ),
                },
              ]
            : []),
          { label: t('detail.reworkCount'), value: String(c.reworkCount) },
          { label: t('detail.reportedAt'), value: formatDateTime(c.reportedAt, locale) },
          { label: t('detail.dueAt'), value: c.dueAt === null ? t('common.none') : formatDateTime(c.dueAt, locale) },
          ...(c.closedAt !== null ? [{ label: t('detail.closedAt'), value: formatDateTime(c.closedAt, locale) }] : []),
          ...(c.satisfaction !== null ? [{ label: t('detail.satisfaction'), value: t('detail.satisfactionValue', { value: c.satisfaction }) }] : []),
          { label: t('detail.code'), value: c.code },
        ]}
      />
      <Section title={t('detail.timeline', { count: c.events.length })} testId="case-timeline">
        <Timeline active={c.events.length - 1} bulletSize={12} lineWidth={2} mt={4}>
          {c.events.map((e) => (
            <Timeline.Item
              key={e.id}
              data-testid="case-event"
              title={
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Text fz="sm" fw={600}>
                    {tOpen('caseEvent', e.kind)}
                    {e.toStatus ? ` → ${t(`caseStatus.${e.toStatus}`)}` : ''}
                  </Text>
                  <Text fz="xs" c="dimmed" className="tabular" style={{ flex: 'none' }}>
                    {formatDateTime(e.at, locale)}
                  </Text>
                </Group>
              }
            >
              <Text fz="xs" c="dimmed">
                {e.actorName}
                {e.note ? ` · ${e.note}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>
    </Stack>
  );
}
