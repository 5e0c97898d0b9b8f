// 设备登记 (administrators): the device sources (a vendor or system sending events, with its key)
// and the devices. A new source's key is shown once, here, right after it is made: the core
// keeps only its hash. A device is registered to a building (and its household when it is a
// flat's own), under its source.
import { Alert, Badge, Button, Code, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DEVICE_KINDS, type DeviceKind, type DeviceSourceCreated } from '../../shared/devices';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import { RegisterFormModal, textOf, type FieldSpec } from '../registers/RegisterFormModal';
import { householdsOf, searchBuildings } from '../registers/registerLookups';

export function DeviceRegisterModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const [reload, setReload] = useState(0);
  const list = useApiQuery('device.list', opened ? { limit: 200 } : null, reload);
  const [sourceName, setSourceName] = useState('');
  const [created, setCreated] = useState<DeviceSourceCreated | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const addSource = async () => {
    setProblem(null);
    try {
      setCreated(await api.call('device.addSource', { name: sourceName.trim() }));
      setSourceName('');
      setReload((n) => n + 1);
    } catch (e) {
      setProblem(errorMessage(e, t));
    }
  };
  const sources = list.status === 'ok' ? list.data.sources.filter((s) => !s.revoked) : [];
  const fields: FieldSpec[] = [
    { name: 'code', kind: 'text', label: t('devices.form.code'), placeholder: 'MJ-0101-01', testId: 'device-code' },
    { name: 'kind', kind: 'select', label: t('devices.form.kind'), options: DEVICE_KINDS.map((k) => ({ value: k, label: t(`devices.kind.${k}`) })), testId: 'device-kind' },
    { name: 'sourceId', kind: 'select', label: t('devices.form.source'), options: sources.map((s) => ({ value: String(s.id), label: s.name })), testId: 'device-source' },
    { name: 'buildingId', kind: 'lookup', label: t('devices.form.building'), placeholder: t('registerEdit.searchBuilding'), search: searchBuildings, testId: 'device-building' },
    { name: 'householdId', kind: 'lookup', label: t('devices.form.household'), search: householdsOf('buildingId', t), dependsOn: ['buildingId'], testId: 'device-household' },
    { name: 'label', kind: 'text', label: t('devices.form.label'), placeholder: t('devices.form.labelHint'), testId: 'device-label' },
  ];

  return (
    <Modal opened={opened} onClose={onClose} size={980} title={t('devices.title')} data-testid="device-register">
      <Stack gap="sm">
        <Text fw={600}>{t('devices.sources')}</Text>
        <Group gap="xs">
          {sources.map((s) => (
            <Badge key={s.id} variant="light" data-testid="device-source-badge">
              {s.name} · {t('devices.keyHint', { hint: s.keyHint })} · {t('devices.count', { n: s.devices })}
            </Badge>
          ))}
        </Group>
        <Group gap="xs" align="flex-end">
          <TextInput size="xs" label={t('devices.newSource')} placeholder={t('devices.newSourceHint')} value={sourceName} onChange={(e) => setSourceName(e.currentTarget.value)} data-testid="device-source-name" />
          <Button size="xs" disabled={sourceName.trim().length < 2} onClick={() => void addSource()} data-testid="device-source-add">
            {t('devices.addSource')}
          </Button>
        </Group>
        {created && (
          <Alert color="yellow" title={t('devices.keyOnce', { name: created.source.name })} withCloseButton onClose={() => setCreated(null)} data-testid="device-source-key">
            <Code fz="sm">{created.key}</Code>
          </Alert>
        )}
        {problem && <Alert color="red">{problem}</Alert>}
        <Group justify="space-between">
          <Text fw={600}>
            {t('devices.devices')} {list.status === 'ok' && `· ${list.data.total}`}
          </Text>
          <Button size="xs" onClick={() => setAdding(true)} disabled={sources.length === 0} data-testid="device-add-open">
            {t('devices.add')}
          </Button>
        </Group>
        <Table striped verticalSpacing={3} fz="sm" data-testid="device-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.form.code')}</Table.Th>
              <Table.Th>{t('devices.form.kind')}</Table.Th>
              <Table.Th>{t('devices.form.building')}</Table.Th>
              <Table.Th>{t('devices.form.label')}</Table.Th>
              <Table.Th>{t('devices.form.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.status === 'ok' &&
              list.data.devices.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.code}</Table.Td>
                  <Table.Td>{t(`devices.kind.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    <DataField>{d.place ?? d.buildingName ?? '—'}</DataField>
                  </Table.Td>
                  <Table.Td>{d.label}</Table.Td>
                  <Table.Td>{d.sourceName}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <RegisterFormModal
        opened={adding}
        onClose={() => {
          setAdding(false);
          setReload((n) => n + 1);
        }}
        title={t('devices.add')}
        testId="device-add-form"
        cols={2}
        size={640}
        fields={fields}
        initial={{ code: '', kind: 'door_reader', sourceId: sources[0] ? String(sources[0].id) : null, buildingId: null, householdId: null, label: '' }}
        ready={(v) => textOf(v, 'code') !== '' && textOf(v, 'sourceId') !== '' && textOf(v, 'buildingId') !== ''}
        submit={(v) =>
          api.call('device.add', {
            code: textOf(v, 'code'),
            kind: textOf(v, 'kind') as DeviceKind,
            sourceId: Number(textOf(v, 'sourceId')),
            buildingId: Number(textOf(v, 'buildingId')),
            ...(textOf(v, 'householdId') === '' ? {} : { householdId: Number(textOf(v, 'householdId')) }),
            ...(textOf(v, 'label') === '' ? {} : { label: textOf(v, 'label') }),
          })
        }
        saveTestId="device-add-save"
      />
    </Modal>
  );
}
