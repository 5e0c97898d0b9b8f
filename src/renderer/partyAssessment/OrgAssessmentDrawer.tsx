// One organisation's assessment: this year's 三会一课 by period, its meetings, the yearly
// ratings (with the form to rate, scores per criterion and the grade they give), its
// 联述联评联考 scorecards and its rectification plans.
import { Badge, Box, Button, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { OrgAssessment } from '../../shared/partyAssessment';
import { RATING_CRITERIA, RATING_MAX, ratingFor, SCORECARD_CRITERIA, SCORECARD_KINDS, SCORECARD_MAX, scorecardGrade, type MeetingKind } from '../../shared/vocab/partyAssessment';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { refusalMessage } from '../partyWork/refusalMessage';
import { OpenPlanForm } from './OpenPlanForm';
import { PlanCard } from './PlanCard';
import { RecordMeetingModal } from './RecordMeetingModal';
import { YearScoresForm } from './YearScoresForm';

export const RATING_COLOR = { advanced: 'green', good: 'blue', average: 'gray', weak: 'red' } as const;
const STATE_COLOR = { held: 'green', upcoming: 'gray', due: 'orange', missed: 'red' } as const;

export function OrgAssessmentDrawer({ orgId, reload, onClose, onChanged }: { orgId: number; reload: number; onClose: () => void; onChanged: () => void }) {
  const t = useT();
  const q = useApiQuery('partyAssessment.org', { orgId }, reload);
  const [recording, setRecording] = useState<MeetingKind | null>(null);
  // Which form is open: the yearly rating, the 联述联评联考 scorecard, or a new 整顿转化 plan.
  const [form, setForm] = useState<'rate' | 'scorecard' | 'plan' | null>(null);
  const a: OrgAssessment | null = q.status === 'ok' ? q.data : null;
  const call = async (run: () => Promise<unknown>): Promise<string | null> => {
    try {
      await run();
      setForm(null);
      onChanged();
      return null;
    } catch (e) {
      return refusalMessage(e, t);
    }
  };
  const isUnit = a !== null && SCORECARD_KINDS.includes(a.kind);
  const canOpenPlan = a !== null && a.canRate && a.rating === 'weak' && !a.plans.some((p) => p.status === 'open');
  return (
    <Drawer opened onClose={onClose} position="right" size={640} title={a?.orgName ?? ''} data-testid="assessment-drawer">
      {q.status === 'error' && <Text c="red">{errorMessage(q.error, t)}</Text>}
      {a && (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={RATING_COLOR[a.rating]} data-testid="assessment-rating">
              {t(`assessment.rating.${a.rating}`)}
            </Badge>
            {a.underRectification && <Badge color="orange">{t('assessment.orgs.rectifying')}</Badge>}
          </Group>
          {a.kinds.length > 0 && (
            <Box>
              <Group justify="space-between">
                <Text fw={600}>{t('assessment.org.periods')}</Text>
                {a.canRecord && (
                  <Button size="compact-xs" onClick={() => setRecording(a.kinds[0]!)} data-testid="assessment-record">
                    {t('assessment.meeting.record')}
                  </Button>
                )}
              </Group>
              {a.kinds.map((k) => (
                <Group key={k} gap={4} mt={4} wrap="wrap">
                  <Text size="sm" w={100}>
                    {t(`assessment.kind.${k}`)}
                  </Text>
                  {a.periods
                    .filter((p) => p.kind === k)
                    .map((p) => (
                      <Badge key={p.period} size="sm" variant="light" color={STATE_COLOR[p.state]} title={t(`assessment.state.${p.state}`)} data-testid={`period-${k}-${p.period}`} data-state={p.state}>
                        {p.period.slice(5)}
                      </Badge>
                    ))}
                </Group>
              ))}
            </Box>
          )}
          <Box>
            <Text fw={600}>{t('assessment.org.meetings')}</Text>
            {a.meetings.length === 0 && <Text c="dimmed" size="sm">{t('assessment.org.noMeetings')}</Text>}
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {a.meetings.slice(0, 12).map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.heldOn}</Table.Td>
                    <Table.Td>{t(`assessment.kind.${m.kind}`)}</Table.Td>
                    <Table.Td>{m.topic}</Table.Td>
                    <Table.Td>{t('assessment.meeting.attendance', { n: m.attendees })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <Box>
            <Group justify="space-between">
              <Text fw={600}>{t('assessment.org.ratings')}</Text>
              {a.canRate && a.kind !== 'street_committee' && form !== 'rate' && (
                <Button size="compact-xs" variant="light" onClick={() => setForm('rate')} data-testid="assessment-rate">
                  {t('assessment.rate')}
                </Button>
              )}
            </Group>
            {a.ratings.length === 0 && <Text c="dimmed" size="sm">{t('assessment.org.noRatings')}</Text>}
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {a.ratings.map((r) => (
                  <Table.Tr key={r.year} data-testid={`rating-${r.year}`}>
                    <Table.Td>{r.year}</Table.Td>
                    <Table.Td>{RATING_CRITERIA.map((c) => `${t(`assessment.criterion.${c}`)} ${r.scores[c]}`).join(' · ')}</Table.Td>
                    <Table.Td>{r.total}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" color={RATING_COLOR[r.rating]} miw="max-content">
                        {t(`assessment.rating.${r.rating}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td c="dimmed">{r.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {form === 'rate' && (
              <YearScoresForm
                testId="rate"
                criteria={RATING_CRITERIA}
                max={RATING_MAX}
                label={(c) => t(`assessment.criterion.${c}`)}
                grade={(total) => t(`assessment.rating.${ratingFor(total)}`)}
                past={a.ratings}
                onSubmit={(year, scores, note) => call(() => api.call('partyAssessment.rate', { orgId: a.orgId, year, scores, ...(note ? { note } : {}) }))}
                onCancel={() => setForm(null)}
              />
            )}
          </Box>
          {(a.scorecards.length > 0 || isUnit) && (
            <Box>
              <Group justify="space-between">
                <Text fw={600}>{t('assessment.org.scorecards')}</Text>
                {a.canRate && isUnit && form !== 'scorecard' && (
                  <Button size="compact-xs" variant="light" onClick={() => setForm('scorecard')} data-testid="assessment-scorecard">
                    {t('assessment.scorecard.record')}
                  </Button>
                )}
              </Group>
              {a.scorecards.length === 0 && <Text c="dimmed" size="sm">{t('assessment.scorecard.none')}</Text>}
              <Table verticalSpacing={2} fz="sm">
                <Table.Tbody>
                  {a.scorecards.map((s) => (
                    <Table.Tr key={s.year} data-testid={`scorecard-${s.year}`}>
                      <Table.Td>{s.year}</Table.Td>
                      <Table.Td>{SCORECARD_CRITERIA.map((c) => `${t(`assessment.score.${c}`)} ${s.scores[c]}`).join(' · ')}</Table.Td>
                      <Table.Td>{s.total}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" miw="max-content">
                          {t(`assessment.grade.${s.grade}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td c="dimmed">{s.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {form === 'scorecard' && (
                <YearScoresForm
                  testId="scorecard"
                  criteria={SCORECARD_CRITERIA}
                  max={SCORECARD_MAX}
                  label={(c) => t(`assessment.score.${c}`)}
                  grade={(total) => t(`assessment.grade.${scorecardGrade(total)}`)}
                  past={a.scorecards}
                  onSubmit={(year, scores, note) => call(() => api.call('partyAssessment.scorecard', { orgId: a.orgId, year, scores, ...(note ? { note } : {}) }))}
                  onCancel={() => setForm(null)}
                />
              )}
            </Box>
          )}
          {(a.plans.length > 0 || canOpenPlan) && (
            <Box>
              <Group justify="space-between" mb={4}>
                <Text fw={600}>{t('assessment.org.plans')}</Text>
                {canOpenPlan && form !== 'plan' && (
                  <Button size="compact-xs" color="orange" variant="light" onClick={() => setForm('plan')} data-testid="assessment-open-plan">
                    {t('assessment.openPlan')}
                  </Button>
                )}
              </Group>
              {form === 'plan' && <OpenPlanForm orgId={a.orgId} onOpened={() => { setForm(null); onChanged(); }} onCancel={() => setForm(null)} />}
              {a.plans.map((p) => (
                <PlanCard key={p.id} plan={p} canAct={a.canRate} onChanged={onChanged} />
              ))}
            </Box>
          )}
        </Stack>
      )}
      {a && recording && (
        <RecordMeetingModal
          orgId={a.orgId}
          orgName={a.orgName}
          kinds={a.kinds}
          kind={recording}
          onClose={() => setRecording(null)}
          onRecorded={() => {
            setRecording(null);
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}
