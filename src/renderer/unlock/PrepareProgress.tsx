// First start: the demo street is being generated; show its progress instead of the form:
// the bar, the step it is on in words, and the list of steps with those already done ticked.
import { Alert, Group, Loader, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { DEMO_STAGES, isDemoStage, type DemoStage } from '../../shared/demoStages';
import type { JobProgress } from '../../shared/views';
import { useLocale } from '../i18n/LocaleProvider';

/** The steps a user sees listed: the work itself, without the before and after. */
const STEPS = DEMO_STAGES.filter((s): s is Exclude<DemoStage, 'start' | 'done'> => s !== 'start' && s !== 'done');

/** Where a stage sits in the list: -1 before the first step, STEPS.length once all are done. */
function stepIndex(stage: string): number {
  if (!isDemoStage(stage) || stage === 'start') return -1;
  if (stage === 'done') return STEPS.length;
  return STEPS.indexOf(stage);
}

export function PrepareProgress({ job }: { job: JobProgress | null }) {
  const { t, tOpen } = useLocale();
  const fraction = Math.max(0, Math.min(1, job?.fraction ?? 0));
  const percent = Math.round(fraction * 100);
  const current = job ? stepIndex(job.stage) : -1;
  const failed = job?.state === 'failed';
  return (
    <Stack gap="md" data-testid="prepare-progress" data-fraction={fraction.toFixed(3)} data-stage={job?.stage ?? ''}>
      <Title order={4}>{t('prepare.title')}</Title>
      <Text fz="sm" c="dimmed">
        {t('prepare.hint')}
      </Text>
      <Progress value={percent} size="lg" animated={!failed} color={failed ? 'red' : undefined} aria-label={t('prepare.title')} />
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm" data-testid="prepare-stage">
          {job ? t('prepare.stage', { stage: tOpen('jobStage', job.stage) }) : t('prepare.waiting')}
          {current >= 0 && current < STEPS.length && (
            <Text span fz="xs" c="dimmed" ml={8}>
              {t('prepare.stepCount', { n: current + 1, total: STEPS.length })}
            </Text>
          )}
        </Text>
        <Text fz="sm" fw={600} className="tabular" data-testid="prepare-percent">
          {percent}%
        </Text>
      </Group>
      <Stack gap={6} data-testid="prepare-steps">
        {STEPS.map((step, i) => {
          const state = i < current ? 'done' : i === current ? (failed ? 'failed' : 'running') : 'waiting';
          return (
            <Group key={step} gap={8} wrap="nowrap" data-step={step} data-state={state}>
              <StepMark state={state} />
              <Text fz="sm" c={state === 'waiting' ? 'dimmed' : undefined} fw={state === 'running' ? 600 : undefined}>
                {tOpen('jobStage', step)}
              </Text>
            </Group>
          );
        })}
      </Stack>
      {failed && <Alert color="red">{t('prepare.failed', { error: job?.error ?? '' })}</Alert>}
      {job?.state === 'done' && <Text fz="sm">{t('prepare.done')}</Text>}
    </Stack>
  );
}

function StepMark({ state }: { state: 'done' | 'running' | 'failed' | 'waiting' }) {
  if (state === 'running') return <Loader size={14} />;
  return (
    <ThemeIcon size={14} radius="xl" variant={state === 'waiting' ? 'outline' : 'filled'} color={state === 'failed' ? 'red' : state === 'done' ? 'teal' : 'gray'}>
      {state === 'done' ? <Check /> : null}
    </ThemeIcon>
  );
}

function Check() {
  return (
    <svg width="9" height="9" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M2 6.5 5 9.5 10 3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
