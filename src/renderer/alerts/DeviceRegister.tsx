// 设备登记 (administrators): the device sources (a vendor or system sending events, with its key)
// and the devices. A new source's key is shown once, here, right after it is made: the core
// keeps only its hash. A device is registered to a building (and its household when it is a
// flat's own), under its source. A device is edited (kind, building or flat, label) or
// retired (停用) with a day and a reason: it stays listed, marked, and is edited no more.
//
// The register keeps showing its last list while it reloads, so its buttons never go
// disabled under a click and an open form stays open whatever reloads around it.
import { Alert, Badge, Button, Code, Divider, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import type { DeviceList, DeviceSourceCreated, DeviceView } from '../../shared/devices';
import { DEVICE_KINDS, type DeviceKind } from '../../shared/vocab/devices';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import { DeviceHistoryList } from './DeviceHistory';
import { RegisterFormModal, textOf, type FieldSpec } from '../registers/RegisterFormModal';
import { householdsOf, searchBuildings } from '../registers/registerLookups';

export function DeviceRegisterModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const [reload, setReload] = useState(0);
  const query = useApiQuery('device.list', opened ? { limit: 200 } : null, reload);
  // The last list loaded, shown while the next one loads.
  const last = useRef<DeviceList | null>(null);
  if (query.status === 'ok') last.current = query.data;
  const list: { status: 'ok'; data: DeviceList } | { status: 'loading' } = last.current ? { status: 'ok', data: last.current } : { status: 'loading' };
  const [editing, setEditing] = useState<DeviceView | null>(null);
  const [retiring, setRetiring] = useState<DeviceView | null>(null);
  const [historyOf, setHistoryOf] = useState<DeviceView | null>(null);
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
              {s.retired > 0 && ` · ${t('devices.countRetired', { n: s.retired })}`}
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
              <Table.Th>{t('devices.status')}</Table.Th>
              <Table.Th>{t('devices.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.status === 'ok' &&
              list.data.devices.map((d) => (
                <Table.Tr key={d.id} c={d.retiredOn ? 'dimmed' : undefined} data-testid="device-row" data-code={d.code}>
                  <Table.Td>{d.code}</Table.Td>
                  <Table.Td>{t(`devices.kind.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    <DataField>{d.place ?? d.buildingName ?? '—'}</DataField>
                  </Table.Td>
                  <Table.Td>{d.label}</Table.Td>
                  <Table.Td>{d.sourceName}</Table.Td>
                  <Table.Td>
                    {d.retiredOn ? (
                      <Badge color="gray" variant="light" title={d.retiredReason ?? ''} data-testid="device-retired" styles={{ label: { overflow: 'visible' } }}>
                        {t('devices.retired', { on: d.retiredOn })}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('devices.inService')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {d.retiredOn ? (
                      <Button size="compact-xs" variant="subtle" onClick={() => setHistoryOf(d)} data-testid="device-history-open">
                        {t('devices.history')}
                      </Button>
                    ) : (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="default" onClick={() => setEditing(d)} data-testid="device-edit-open">
                          {t('devices.edit')}
                        </Button>
                        <Button size="compact-xs" variant="light" color="red" onClick={() => setRetiring(d)} data-testid="device-retire-open">
                          {t('devices.retire')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
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
      <RegisterFormModal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
          setReload((n) => n + 1);
        }}
        title={t('devices.editTitle', { code: editing?.code ?? '' })}
        testId="device-edit-form"
        cols={2}
        size={640}
        fields={[
          { name: 'kind', kind: 'select', label: t('devices.form.kind'), options: DEVICE_KINDS.map((k) => ({ value: k, label: t(`devices.kind.${k}`) })), testId: 'device-edit-kind' },
          { name: 'label', kind: 'text', label: t('devices.form.label'), placeholder: t('devices.form.labelHint'), testId: 'device-edit-label' },
          {
            name: 'buildingId',
            kind: 'lookup',
            label: t('devices.form.building'),
            placeholder: t('registerEdit.searchBuilding'),
            search: searchBuildings,
            initialOptions: editing?.buildingId ? [{ value: String(editing.buildingId), label: editing.buildingName ?? String(editing.buildingId) }] : [],
            testId: 'device-edit-building',
          },
          {
            name: 'householdId',
            kind: 'lookup',
            label: t('devices.form.household'),
            search: householdsOf('buildingId', t),
            dependsOn: ['buildingId'],
            initialOptions: editing?.householdId ? [{ value: String(editing.householdId), label: editing.place ?? String(editing.householdId) }] : [],
            testId: 'device-edit-household',
          },
        ]}
        initial={{
          kind: editing?.kind ?? 'door_reader',
          label: editing?.label ?? '',
          buildingId: editing?.buildingId ? String(editing.buildingId) : null,
          householdId: editing?.householdId ? String(editing.householdId) : null,
        }}
        ready={(v) => textOf(v, 'buildingId') !== ''}
        submit={(v) =>
          api.call('device.edit', {
            id: editing!.id,
            kind: textOf(v, 'kind') as DeviceKind,
            label: textOf(v, 'label'),
            buildingId: Number(textOf(v, 'buildingId')),
            householdId: textOf(v, 'householdId') === '' ? null : Number(textOf(v, 'householdId')),
          })
        }
        saveTestId="device-edit-save"
        after={
          editing && (
            <>
              <Divider label={t('devices.history')} labelPosition="left" />
              <DeviceHistoryList deviceId={editing.id} />
            </>
          )
        }
      />
      <Modal opened={historyOf !== null} onClose={() => setHistoryOf(null)} size={560} centered title={t('devices.historyTitle', { code: historyOf?.code ?? '' })} data-testid="device-history-modal">
        {historyOf && <DeviceHistoryList deviceId={historyOf.id} />}
      </Modal>
      <RegisterFormModal
        opened={retiring !== null}
        onClose={() => {
          setRetiring(null);
          setReload((n) => n + 1);
        }}
        title={t('devices.retireTitle', { code: retiring?.code ?? '' })}
        testId="device-retire-form"
        fields={[
          { name: 'on', kind: 'date', label: t('devices.retire.on'), testId: 'device-retire-on' },
          { name: 'reason', kind: 'text', label: t('devices.retire.reason'), placeholder: t('devices.retire.reasonHint'), testId: 'device-retire-reason' },
        ]}
        initial={{ on: list.status === 'ok' ? list.data.today : '', reason: '' }}
        note={<Text size="xs" c="dimmed">{t('devices.retire.note')}</Text>}
        ready={(v) => textOf(v, 'on') !== '' && textOf(v, 'reason').length >= 2}
        submit={(v) => api.call('device.retire', { id: retiring!.id, on: textOf(v, 'on'), reason: textOf(v, 'reason') })}
        saveLabel={t('devices.retire')}
        saveColor="red"
        saveTestId="device-retire-save"
      />
    </Modal>
  );
}
