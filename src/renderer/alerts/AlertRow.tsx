// One alert in the console's list: what, where (as the role may see it), when, what was
// done; the desk's three actions on a live one.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { AlertView } from '../../shared/alerts';
import { formatDateTime } from '../detail/formatters';
import { useLocale } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';

const STATUS_COLOR: Record<AlertView['status'], string> = { open: 'red', escalated: 'orange', acknowledged: 'teal', dismissed: 'gray' };

interface Props {
  alert: AlertView;
  canAct: boolean;
  busy: boolean;
  onCase: () => void;
  onVisit: () => void;
  onDismiss: () => void;
}

export function AlertRow({ alert, canAct, busy, onCase, onVisit, onDismiss }: Props) {
  const { t, tOpen } = useLocale();
  const live = alert.status === 'open' || alert.status === 'escalated';
  const facts: string[] = [];
  if (alert.detail.hours !== undefined) facts.push(t('alerts.detail.hours', { hours: alert.detail.hours }));
  if (alert.detail.cards !== undefined) facts.push(t('alerts.detail.cards', { cards: alert.detail.cards }));
  if (alert.detail.repeats) facts.push(t('alerts.detail.repeats', { repeats: alert.detail.repeats }));
  let outcome: string | null = null;
  if (alert.outcome === 'case') outcome = t('alerts.outcome.case', { code: alert.caseCode ?? '' });
  else if (alert.outcome === 'visit') outcome = t('alerts.outcome.visit');
  else if (alert.outcome === 'false_alarm') outcome = t('alerts.outcome.false_alarm', { reason: alert.reason ?? '' });
  else if (alert.outcome === 'resolved') outcome = t('alerts.outcome.resolved', { reason: tOpen('alerts.resolved', alert.reason ?? '', alert.reason ?? '') });
  return (
    <Stack gap={4} p="sm" data-testid="alert-row" data-alert-id={alert.id} data-rule={alert.rule} data-status={alert.status} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: live ? '#fff5f5' : undefined }}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Badge color={STATUS_COLOR[alert.status]} variant={live ? 'filled' : 'light'}>
            {tOpen('alerts.status', alert.status)}
          </Badge>
          <Text fw={600}>{tOpen('alerts.rule', alert.rule)}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('alerts.raisedAt', { time: formatDateTime(alert.raisedAt, t.locale) })}
        </Text>
      </Group>
      <Text size="sm">
        <DataField>{[alert.gridLabel, alert.place ?? alert.buildingName].filter(Boolean).join(' · ') || t('alerts.noPlace')}</DataField>
      </Text>
      <Text size="xs" c="dimmed">
        {[alert.deviceCode ? t('alerts.device', { code: alert.deviceCode }) : null, ...facts].filter(Boolean).join(' · ')}
      </Text>
      {alert.escalatedAt !== null && alert.escalatedToName && (
        <Text size="xs" c="orange.8">
          {t('alerts.escalatedTo', { time: formatDateTime(alert.escalatedAt, t.locale), name: alert.escalatedToName })}
        </Text>
      )}
      {outcome && (
        <Text size="xs" c="teal.8" data-testid="alert-outcome">
          {outcome}
        </Text>
      )}
      {live && canAct && (
        <Group gap="xs">
          <Button size="compact-xs" color="red" onClick={onCase} loading={busy} disabled={alert.buildingId === null} data-testid="alert-to-case">
            {t('alerts.toCase')}
          </Button>
          <Button size="compact-xs" variant="light" onClick={onVisit} disabled={busy || alert.householdId === null} data-testid="alert-to-visit">
            {t('alerts.toVisit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onDismiss} disabled={busy} data-testid="alert-dismiss">
            {t('alerts.dismiss')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
