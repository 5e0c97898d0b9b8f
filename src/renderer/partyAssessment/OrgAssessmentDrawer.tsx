// One organisation's assessment: this year's 三会一课 by period, its meetings, the yearly
// ratings (with the form to rate, scores per criterion and the grade they give), its
// 联述联评联考 scorecards and its rectification plans.
import { Badge, Box, Button, Drawer, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { RATING_CRITERIA, RATING_MAX, ratingFor, type MeetingKind, type OrgAssessment, type RatingCriterion } from '../../shared/partyAssessment';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { PlanCard } from './PlanCard';
import { RecordMeetingModal } from './RecordMeetingModal';

export const RATING_COLOR = { advanced: 'green', good: 'blue', average: 'gray', weak: 'red' } as const;
const STATE_COLOR = { held: 'green', upcoming: 'gray', due: 'orange', missed: 'red' } as const;

export function OrgAssessmentDrawer({ orgId, reload, onClose, onChanged }: { orgId: number; reload: number; onClose: () => void; onChanged: () => void }) {
  const t = useT();
  const q = useApiQuery('partyAssessment.org', { orgId }, reload);
  const [recording, setRecording] = useState<MeetingKind | null>(null);
  const [rating, setRating] = useState<Record<RatingCriterion, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const a: OrgAssessment | null = q.status === 'ok' ? q.data : null;
  const year = new Date().getFullYear();
  const rate = async () => {
    if (!a || !rating) return;
    setError(null);
    try {
      await api.call('partyAssessment.rate', { orgId: a.orgId, year: a.ratings[0]?.year ?? year, scores: rating });
      setRating(null);
      onChanged();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  const total = rating ? RATING_CRITERIA.reduce((s, c) => s + rating[c], 0) : 0;
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
              {a.canRate && !rating && (
                <Button size="compact-xs" variant="light" onClick={() => setRating(Object.fromEntries(RATING_CRITERIA.map((c) => [c, a.ratings[0]?.scores[c] ?? 15])) as Record<RatingCriterion, number>)} data-testid="assessment-rate">
                  {t('assessment.rate')}
                </Button>
              )}
            </Group>
            {a.ratings.length === 0 && <Text c="dimmed" size="sm">{t('assessment.org.noRatings')}</Text>}
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {a.ratings.map((r) => (
                  <Table.Tr key={r.year}>
                    <Table.Td>{r.year}</Table.Td>
                    <Table.Td>{RATING_CRITERIA.map((c) => `${t(`assessment.criterion.${c}`)} ${r.scores[c]}`).join(' · ')}</Table.Td>
                    <Table.Td>{r.total}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" color={RATING_COLOR[r.rating]}>
                        {t(`assessment.rating.${r.rating}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {rating && (
              <Stack gap={4} mt="xs">
                <Group grow>
                  {RATING_CRITERIA.map((c) => (
                    <NumberInput key={c} size="xs" label={`${t(`assessment.criterion.${c}`)}（${RATING_MAX[c]}）`} min={0} max={RATING_MAX[c]} value={rating[c]} onChange={(v) => setRating({ ...rating, [c]: typeof v === 'number' ? v : 0 })} />
                  ))}
                </Group>
                <Text size="sm">{t('assessment.rate.total', { total, rating: t(`assessment.rating.${ratingFor(total)}`) })}</Text>
                {error && <Text c="red" size="sm">{error}</Text>}
                <Group justify="flex-end" gap={6}>
                  <Button size="compact-xs" variant="default" onClick={() => setRating(null)}>
                    {t('assessment.cancel')}
                  </Button>
                  <Button size="compact-xs" onClick={() => void rate()}>
                    {t('assessment.submit')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Box>
          {a.scorecards.length > 0 && (
            <Box>
              <Text fw={600}>{t('assessment.org.scorecards')}</Text>
              {a.scorecards.map((s) => (
                <Text key={s.year} size="sm">{`${s.year} · ${t('assessment.score.report')} ${s.scores.report} · ${t('assessment.score.joint')} ${s.scores.joint} · ${t('assessment.score.residents')} ${s.scores.residents} · ${s.total} · ${t(`assessment.grade.${s.grade}`)}`}</Text>
              ))}
            </Box>
          )}
          {a.plans.length > 0 && (
            <Box>
              <Text fw={600} mb={4}>
                {t('assessment.org.plans')}
              </Text>
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
