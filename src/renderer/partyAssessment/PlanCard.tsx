// One 整顿转化 plan: its leader, problems, measures, milestones and reviews, and the steps the
// core says are legal now (complete a milestone, review, close with a result).
import { Alert, Badge, Box, Button, Group, List, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PlanAction, PlanView, ReviewVerdict } from '../../shared/partyAssessment';
import { chinaIsoDate } from '../../shared/periods';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { officeNow } from '../session/officeClock';

const STATUS_COLOR = { open: 'orange', converted: 'green', not_converted: 'red' } as const;

export function PlanCard({ plan, canAct, onChanged }: { plan: PlanView; canAct: boolean; onChanged: (p: PlanView) => void }) {
  const t = useT();
  const [action, setAction] = useState<PlanAction | null>(null);
  const [day, setDay] = useState(() => chinaIsoDate(officeNow()));
  const [milestone, setMilestone] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<ReviewVerdict>('on_track');
  const [result, setResult] = useState<'converted' | 'not_converted'>('converted');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const input =
        action === 'completeMilestone'
          ? { planId: plan.id, action, milestoneId: Number(milestone ?? 0), doneOn: day }
          : action === 'review'
            ? { planId: plan.id, action, reviewedOn: day, verdict, note: note.trim() }
            : { planId: plan.id, action: 'close' as const, closedOn: day, result, note: note.trim() };
      onChanged(await api.call('partyAssessment.planStep', input));
      setAction(null);
      setNote('');
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box p="xs" mb="xs" style={{ border: '1px solid #dee2e6', borderRadius: 4 }} data-testid={`plan-${plan.id}`}>
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{plan.orgName}</Text>
        <Badge color={STATUS_COLOR[plan.status]} data-testid={`plan-${plan.id}-status`}>
          {t(`assessment.plan.status.${plan.status}`)}
        </Badge>
      </Group>
      <Text size="sm">{t('assessment.plan.leader', { name: plan.leaderName })}</Text>
      <Text size="sm" c="dimmed">
        {t('assessment.plan.period', { from: plan.openedOn, to: plan.dueOn })}
      </Text>
      <Text size="sm" mt={4}>
        {`${t('assessment.plan.problems')}：${plan.problems}`}
      </Text>
      <Text size="sm">{`${t('assessment.plan.measures')}：${plan.measures.join('；')}`}</Text>
      <Text size="sm" fw={600} mt={4}>
        {t('assessment.plan.milestones')}
      </Text>
      <List size="sm" spacing={0}>
        {plan.milestones.map((m) => (
          <List.Item key={m.id}>{`${m.title}（${m.dueOn}）${m.doneOn ? ` ✓ ${t('assessment.plan.done', { day: m.doneOn })}` : ''}`}</List.Item>
        ))}
      </List>
      {plan.reviews.length > 0 && (
        <>
          <Text size="sm" fw={600} mt={4}>
            {t('assessment.plan.reviews')}
          </Text>
          <List size="sm" spacing={0} data-testid={`plan-${plan.id}-reviews`}>
            {plan.reviews.map((r) => (
              <List.Item key={r.id}>{`${r.reviewedOn} · ${t(`assessment.plan.verdict.${r.verdict}`)} · ${r.note}`}</List.Item>
            ))}
          </List>
        </>
      )}
      {plan.result && <Text size="sm" mt={4}>{`${t('assessment.plan.result')}：${plan.result}（${plan.closedOn ?? ''}）`}</Text>}
      {canAct && plan.actions.length > 0 && (
        <Group gap={6} mt="xs">
          {plan.actions.map((a) => (
            <Button key={a} size="compact-xs" variant={action === a ? 'filled' : 'light'} onClick={() => setAction(a)} data-testid={`plan-${plan.id}-${a}`}>
              {t(`assessment.plan.action.${a}`)}
            </Button>
          ))}
        </Group>
      )}
      {action && (
        <Stack gap={4} mt="xs" data-testid={`plan-${plan.id}-form`}>
          <TextInput size="xs" label={t('assessment.plan.date')} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} />
          {action === 'completeMilestone' && (
            <Select size="xs" label={t('assessment.plan.milestone')} data={plan.milestones.filter((m) => !m.doneOn).map((m) => ({ value: String(m.id), label: m.title }))} value={milestone} onChange={setMilestone} data-testid={`plan-${plan.id}-milestone`} />
          )}
          {action === 'review' && (
            <Select size="xs" label={t('assessment.plan.verdict')} data={(['on_track', 'behind'] as const).map((v) => ({ value: v, label: t(`assessment.plan.verdict.${v}`) }))} value={verdict} onChange={(v) => v && setVerdict(v as ReviewVerdict)} />
          )}
          {action === 'close' && (
            <Select size="xs" label={t('assessment.plan.closeResult')} data={(['converted', 'not_converted'] as const).map((v) => ({ value: v, label: t(`assessment.plan.close.${v}`) }))} value={result} onChange={(v) => v && setResult(v as 'converted' | 'not_converted')} />
          )}
          {action !== 'completeMilestone' && <Textarea size="xs" label={t('assessment.plan.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid={`plan-${plan.id}-note`} />}
          {error && (
            <Alert color="red" p={6} data-testid={`plan-${plan.id}-error`}>
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap={6}>
            <Button size="compact-xs" variant="default" onClick={() => setAction(null)}>
              {t('assessment.cancel')}
            </Button>
            <Button size="compact-xs" loading={busy} onClick={() => void submit()} data-testid={`plan-${plan.id}-submit`}>
              {t('assessment.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Box>
  );
}
