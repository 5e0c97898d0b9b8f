// 变更记录 of one device (device.history): each edit and retirement newest first, who made it
// and when, field by field before → after (a building by its name, a flat by its address, a
// kind in words). Shown in the edit form, and for a retired device, which is edited no more.
import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { DeviceFieldChange } from '../../shared/devices';
import { DEVICE_KINDS } from '../../shared/vocab/devices';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { ChangeCard } from '../registers/ChangeCard';

function valueWords(f: DeviceFieldChange, v: string | null, t: Translate): string {
  if (v === null || v === '') return '—';
  const kind = f.field === 'kind' ? DEVICE_KINDS.find((k) => k === v) : undefined;
  return kind ? t(`devices.kind.${kind}`) : v;
}

export function DeviceHistoryList({ deviceId }: { deviceId: number }) {
  const t = useT();
  const query = useApiQuery('device.history', { id: deviceId });
  if (query.status === 'loading') return <Loader size="sm" />;
  if (query.status === 'error') {
    return (
      <Alert color="red" title={t('devices.historyFailed')}>
        {errorMessage(query.error, t)}
      </Alert>
    );
  }
  if (query.data.changes.length === 0) {
    return (
      <Text fz="xs" c="dimmed" data-testid="device-history-empty">
        {t('devices.historyEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="device-history" mah={240} style={{ overflowY: 'auto' }}>
      {query.data.changes.map((c) => (
        <ChangeCard
          key={c.id}
          testId="device-history"
          action={c.action}
          byLine={t('devices.historyBy', { user: c.userName ?? t('devices.historySystem'), action: t(`devices.historyAction.${c.action}`) })}
          at={c.at}
          labelWidth={90}
          rows={c.changes.map((f) => ({ field: f.field, label: t(`devices.historyField.${f.field}`), text: `${valueWords(f, f.before, t)} → ${valueWords(f, f.after, t)}` }))}
        />
      ))}
    </Stack>
  );
}
