// 变更记录 of one device (device.history): each edit and retirement newest first, who made it
// and when, field by field before → after (a building by its name, a flat by its address, a
// kind in words). Shown in the edit form, and for a retired device, which is edited no more.
import { Alert, Loader, Stack, Table, Text } from '@mantine/core';
import type { DeviceFieldChange } from '../../shared/devices';
import { DEVICE_KINDS } from '../../shared/devices';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { formatDateTime } from '../registers/formatDateTime';

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
        <div key={c.id} data-testid="device-history-change" data-action={c.action} style={{ border: '1px solid #e9ecef', borderRadius: 4, padding: '4px 8px' }}>
          <Text fz="xs" fw={600}>
            {t('devices.historyBy', { user: c.userName ?? t('devices.historySystem'), action: t(`devices.historyAction.${c.action}`) })}
            <Text span fz="xs" c="dimmed" ml={8}>
              {formatDateTime(c.at)}
            </Text>
          </Text>
          <Table fz="xs" verticalSpacing={1} horizontalSpacing={6} withRowBorders={false}>
            <Table.Tbody>
              {c.changes.map((f) => (
                <Table.Tr key={f.field} data-testid="device-history-field" data-field={f.field}>
                  <Table.Td w={90} c="dimmed">
                    {t(`devices.historyField.${f.field}`)}
                  </Table.Td>
                  <Table.Td>{`${valueWords(f, f.before, t)} → ${valueWords(f, f.after, t)}`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}
