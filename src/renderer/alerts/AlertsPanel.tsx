// The console's alert list (设备告警): live alerts first, or all; acknowledge into a case or
// a visit task, or close as a false alarm with a reason. Reloads on pushed alert events.
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AlertList, AlertView } from '../../shared/alerts';
import type { UserView } from '../../shared/views';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { AlertRow } from './AlertRow';

const ACTORS: readonly UserView['role'][] = ['admin', 'dispatcher', 'operator', 'community'];

interface Props {
  user: UserView;
  list: AlertList | null;
  error: unknown;
  scope: 'live' | 'all';
  onScope: (scope: 'live' | 'all') => void;
  sound: boolean;
  onSound: (on: boolean) => void;
  reload: () => void;
  /** Opens the device register (administrators), which lives outside the drawer. */
  onOpenDevices: () => void;
}

export function AlertsPanel({ user, list, error, scope, onScope, sound, onSound, reload, onOpenDevices }: Props) {
  const t = useT();
  const [busy, setBusy] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<{ color: string; text: string } | null>(null);
  const [dismissing, setDismissing] = useState<AlertView | null>(null);
  const [reason, setReason] = useState('');
  const canAct = ACTORS.includes(user.role);

  const act = async (alert: AlertView, run: () => Promise<AlertView>, done: (a: AlertView) => string) => {
    setBusy(alert.id);
    setFeedback(null);
    try {
      const after = await run();
      setFeedback({ color: 'teal', text: done(after) });
      reload();
      return true;
    } catch (e) {
      setFeedback({ color: 'red', text: errorMessage(e, t) });
      return false;
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs" data-testid="alerts-panel">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={scope}
          onChange={(v) => onScope(v as 'live' | 'all')}
          data={[
            { value: 'live', label: t('alerts.scope.live') },
            { value: 'all', label: t('alerts.scope.all') },
          ]}
        />
        <Switch size="xs" label={t('alerts.sound')} checked={sound} onChange={(e) => onSound(e.currentTarget.checked)} data-testid="alerts-sound" />
        {user.role === 'admin' && (
          <Button size="compact-xs" variant="default" onClick={onOpenDevices} data-testid="device-register-open">
            {t('devices.open')}
          </Button>
        )}
      </Group>
      {feedback && (
        <Alert color={feedback.color} p="xs" data-testid="alerts-feedback">
          {feedback.text}
        </Alert>
      )}
      {error !== null && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {list && list.alerts.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {scope === 'live' ? t('alerts.empty') : t('alerts.emptyAll')}
        </Text>
      )}
      <div data-testid="alerts-list">
        {list?.alerts.map((a) => (
          <AlertRow
            key={a.id}
            alert={a}
            canAct={canAct}
            busy={busy === a.id}
            onCase={() => void act(a, () => api.call('alert.acknowledge', { alertId: a.id, into: 'case' }), (after) => t('alerts.done.case', { code: after.caseCode ?? '' }))}
            onVisit={() => void act(a, () => api.call('alert.acknowledge', { alertId: a.id, into: 'visit' }), () => t('alerts.done.visit'))}
            onDismiss={() => {
              setReason('');
              setDismissing(a);
            }}
          />
        ))}
      </div>
      <Modal opened={dismissing !== null} onClose={() => setDismissing(null)} title={t('alerts.dismissTitle')} centered>
        <Stack>
          <Textarea label={t('alerts.dismissReason')} description={t('alerts.dismissHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-testid="alert-dismiss-reason" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDismissing(null)}>
              {t('alerts.cancel')}
            </Button>
            <Button
              color="red"
              disabled={reason.trim().length < 4}
              data-testid="alert-dismiss-confirm"
              onClick={() => {
                const target = dismissing;
                if (!target) return;
                void act(target, () => api.call('alert.dismiss', { alertId: target.id, reason: reason.trim() }), () => t('alerts.done.dismiss')).then((done) => done && setDismissing(null));
              }}
            >
              {t('alerts.dismissConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
