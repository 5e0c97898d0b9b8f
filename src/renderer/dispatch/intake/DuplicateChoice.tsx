// After case.report found possible duplicates (same subcategory, open, within 50 m, last
// 7 days): each is shown with its distance and status, to merge the new report into it,
// or to go on and register the new case.
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseReportResult } from '../../../shared/cases';
import type { LngLat } from '../../../shared/views';
import { errorMessage } from '../../api/errorMessage';
import { LightDot } from '../../detail/parts/LightDot';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatShortDateTime } from '../format';
import { statusColor } from '../statusColor';

interface Props {
  report: CaseReportResult;
  onRegister: () => Promise<void>;
  onMerge: (intoCaseId: number, intoCode: string) => Promise<void>;
  onOpen: (center: LngLat) => void;
}

export function DuplicateChoice({ report, onRegister, onMerge, onOpen }: Props) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap={10} data-testid="intake-duplicates">
      <Alert color="yellow" p={8} title={t('intake.duplicatesTitle', { count: report.duplicates.length })}>
        <Text fz="sm">{t('intake.duplicatesHint', { code: report.code })}</Text>
      </Alert>
      {report.duplicates.map((d) => (
        <Paper key={d.id} withBorder p={8} data-testid="intake-duplicate" data-case-id={d.id}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }} onMouseEnter={() => onOpen(d.center)}>
              <Group gap={6} wrap="nowrap">
                <LightDot light={d.light} />
                <Text fz="sm" fw={700} ff="monospace">
                  {d.code}
                </Text>
                <Badge size="xs" variant="light" color={statusColor(d.status)}>
                  {t(`caseStatus.${d.status}`)}
                </Badge>
                <Badge size="xs" variant="outline" color="gray" data-testid="intake-duplicate-distance">
                  {t('intake.distance', { m: Math.round(d.distanceM) })}
                </Badge>
              </Group>
              <Text fz="xs" mt={2} truncate>
                {d.subcategoryName} · {d.address}
              </Text>
              <Text fz="xs" c="dimmed" truncate>
                {formatShortDateTime(d.reportedAt, locale)} · {d.description}
              </Text>
            </div>
            <Button size="xs" variant="light" loading={busy === `merge-${d.id}`} disabled={busy !== null} onClick={() => void run(`merge-${d.id}`, () => onMerge(d.id, d.code))} data-testid="intake-merge" style={{ flex: 'none' }}>
              {t('intake.mergeInto')}
            </Button>
          </Group>
        </Paper>
      ))}
      {error && (
        <Alert color="red" p={8} data-testid="intake-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button size="xs" loading={busy === 'register'} disabled={busy !== null} onClick={() => void run('register', onRegister)} data-testid="intake-register-anyway">
          {t('intake.notDuplicate')}
        </Button>
      </Group>
    </Stack>
  );
}
