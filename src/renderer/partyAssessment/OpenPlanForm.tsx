// Opening a 整顿转化 plan for an organisation rated 软弱涣散: the 包联 leader (a cadre), the
// problems found, the measures (one a line), the milestones with their dates and the day the
// plan is to be done. The core refuses a plan for an organisation not rated weak or already
// under one; the form says first what is missing.
import { ActionIcon, Alert, Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PlanView } from '../../shared/partyAssessment';
import { chinaIsoDate } from '../../shared/periods';
import { shiftIsoDate } from './planDates';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { refusalMessage } from '../partyWork/refusalMessage';
import { officeNow } from '../session/officeClock';

interface MilestoneDraft {
  title: string;
  dueOn: string;
}

export function OpenPlanForm({ orgId, onOpened, onCancel }: { orgId: number; onOpened: (p: PlanView) => void; onCancel: () => void }) {
  const t = useT();
  const today = chinaIsoDate(officeNow());
  const cadres = useApiQuery('buildingDay.cadres', {});
  const [leader, setLeader] = useState<string | null>(null);
  const [problems, setProblems] = useState('');
  const [measures, setMeasures] = useState('');
  const [milestones, setMilestones] = useState<MilestoneDraft[]>([{ title: '', dueOn: shiftIsoDate(today, 60) }]);
  const [dueOn, setDueOn] = useState(shiftIsoDate(today, 180));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setMilestone = (i: number, m: Partial<MilestoneDraft>) => setMilestones((all) => all.map((x, j) => (j === i ? { ...x, ...m } : x)));
  const measureList = measures
    .split('\n')
    .map((m) => m.trim())
    .filter((m) => m.length > 0);
  const missing = (): string | null => {
    if (leader === null) return t('assessment.openPlan.needLeader');
    if (problems.trim().length < 4) return t('assessment.openPlan.needProblems');
    if (measureList.length === 0) return t('assessment.openPlan.needMeasures');
    const bad = milestones.findIndex((m) => m.title.trim().length < 2 || !m.dueOn);
    if (bad >= 0) return t('assessment.openPlan.needMilestone', { n: String(bad + 1) });
    if (dueOn <= today) return t('assessment.openPlan.dueNotAfterToday');
    const late = milestones.findIndex((m) => m.dueOn > dueOn);
    if (late >= 0) return t('assessment.openPlan.milestoneAfterDue', { n: String(late + 1), due: dueOn });
    return null;
  };
  const submit = async () => {
    const why = missing();
    if (why !== null) {
      setError(why);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onOpened(
        await api.call('partyAssessment.openPlan', {
          orgId,
          leaderCadreId: Number(leader),
          problems: problems.trim(),
          measures: measureList,
          milestones: milestones.map((m) => ({ title: m.title.trim(), dueOn: m.dueOn })),
          dueOn,
        }),
      );
    } catch (e) {
      setError(refusalMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} mt="xs" p="xs" style={{ border: '1px solid #dee2e6', borderRadius: 4 }} data-testid="open-plan-form">
      <Group grow align="flex-end">
        <Select
          size="xs"
          label={t('assessment.openPlan.leader')}
          data={cadres.status === 'ok' ? cadres.data.map((c) => ({ value: String(c.id), label: `${c.name} · ${t(`buildingDay.post.${c.post}`)}` })) : []}
          value={leader}
          onChange={setLeader}
          searchable
          data-testid="open-plan-leader"
        />
        <TextInput size="xs" type="date" label={t('assessment.openPlan.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} data-testid="open-plan-due" />
      </Group>
      <Textarea size="xs" label={t('assessment.plan.problems')} autosize minRows={2} value={problems} onChange={(e) => setProblems(e.currentTarget.value)} data-testid="open-plan-problems" />
      <Textarea size="xs" label={t('assessment.plan.measures')} description={t('assessment.openPlan.measuresHint')} autosize minRows={3} value={measures} onChange={(e) => setMeasures(e.currentTarget.value)} data-testid="open-plan-measures" />
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('assessment.plan.milestones')}
        </Text>
        <Button size="compact-xs" variant="light" disabled={milestones.length >= 12} onClick={() => setMilestones((all) => [...all, { title: '', dueOn: dueOn }])} data-testid="open-plan-add-milestone">
          {t('assessment.openPlan.addMilestone')}
        </Button>
      </Group>
      {milestones.map((m, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput size="xs" style={{ flex: 1 }} placeholder={t('assessment.openPlan.milestoneTitle')} value={m.title} onChange={(e) => setMilestone(i, { title: e.currentTarget.value })} data-testid={`open-plan-milestone-${i}`} />
          <TextInput size="xs" type="date" w={150} value={m.dueOn} onChange={(e) => setMilestone(i, { dueOn: e.currentTarget.value })} data-testid={`open-plan-milestone-${i}-due`} />
          <ActionIcon size="sm" variant="subtle" color="gray" disabled={milestones.length === 1} onClick={() => setMilestones((all) => all.filter((_, j) => j !== i))} aria-label={t('assessment.openPlan.removeMilestone')}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Alert color="red" p={6} data-testid="open-plan-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap={6}>
        <Button size="compact-xs" variant="default" onClick={onCancel}>
          {t('assessment.cancel')}
        </Button>
        <Button size="compact-xs" loading={busy} onClick={() => void submit()} data-testid="open-plan-submit">
          {t('assessment.openPlan.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
