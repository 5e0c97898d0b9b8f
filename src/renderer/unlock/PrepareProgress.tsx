// First start: the demo street is being generated; show its progress instead of the form.
import { Alert, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { JobProgress } from '../../shared/views';
import { useLocale } from '../i18n/LocaleProvider';

export function PrepareProgress({ job }: { job: JobProgress | null }) {
  const { t, tOpen } = useLocale();
  const fraction = Math.max(0, Math.min(1, job?.fraction ?? 0));
  const percent = Math.round(fraction * 100);
  return (
    <Stack gap="md" data-testid="prepare-progress" data-fraction={fraction.toFixed(3)}>
      <Title order={4}>{t('prepare.title')}</Title>
      <Text fz="sm" c="dimmed">
        {t('prepare.hint')}
      </Text>
      <Progress value={percent} size="lg" animated={job?.state !== 'failed'} aria-label={t('prepare.title')} />
      <Group justify="space-between">
        <Text fz="sm">{job ? t('prepare.stage', { stage: tOpen('jobStage', job.stage) }) : t('prepare.waiting')}</Text>
        <Text fz="sm" fw={600} className="tabular">
          {percent}%
        </Text>
      </Group>
      {job?.state === 'failed' && (
        <Alert color="red">{t('prepare.failed', { error: job.error ?? '' })}</Alert>
      )}
      {job?.state === 'done' && <Text fz="sm">{t('prepare.done')}</Text>}
    </Stack>
  );
}
