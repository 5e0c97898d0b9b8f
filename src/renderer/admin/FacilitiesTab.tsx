// 应用维护 · 设施: the street's service facilities (党群服务中心, 便民服务站, 志愿服务点): add one at
// a building (its point, grid and community follow from the building's centre), edit its kind,
// name, address and hours, or move it to another building.
import { Alert, Badge, Button, Group, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FACILITY_KINDS } from '../../shared/domain';
import type { FacilityPointProps, OverlayPropsByKind } from '../../shared/views';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { RegisterFormModal, textOf, type FormValues } from '../registers/RegisterFormModal';
import { searchBuildings } from '../registers/registerLookups';
import { useRegisterChanged } from '../registers/useRegisterChanged';
import { HistoryModal, type HistoryTarget } from './HistoryModal';

type Editing = { kind: 'new' } | { kind: 'edit' | 'move'; facility: FacilityPointProps } | null;

function isFacility(p: OverlayPropsByKind[keyof OverlayPropsByKind]): p is FacilityPointProps {
  return 'kind' in p && (FACILITY_KINDS as readonly string[]).includes(String(p.kind)) && !('level' in p);
}

/** Where a facility stands: the centre of the building chosen. */
async function buildingCentre(v: FormValues): Promise<{ lng: number; lat: number }> {
  const id = Number(textOf(v, 'buildingId'));
  if (!Number.isInteger(id) || id <= 0) return { lng: Number.NaN, lat: Number.NaN };
  const b = await api.call('building.detail', { id });
  return { lng: b.center[0], lat: b.center[1] };
}

export function FacilitiesTab() {
  const t = useT();
  const overlay = useApiQuery('map.overlay', { kind: 'facilities' }, useRegisterChanged());
  const [editing, setEditing] = useState<Editing>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  if (overlay.status === 'loading') return <Loader size="sm" />;
  if (overlay.status === 'error') return <Alert color="red">{errorMessage(overlay.error, t)}</Alert>;
  const facilities = overlay.data.features.features
    .map((f) => f.properties)
    .filter(isFacility)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'zh-CN'));
  const close = () => setEditing(null);
  const kinds = FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilityKind.${k}`) }));
  const chosen = editing && editing.kind !== 'new' ? editing.facility : null;
  return (
    <>
      <Group justify="space-between" mb={8}>
        <Text fz="sm" c="dimmed">
          {t('admin.facilities.hint')}
        </Text>
        <Button size="xs" onClick={() => setEditing({ kind: 'new' })} data-testid="facility-new">
          {t('admin.facilities.new')}
        </Button>
      </Group>
      <ScrollArea h={560}>
        <Table fz="sm" withTableBorder stickyHeader data-testid="facility-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.field.name')}</Table.Th>
              <Table.Th w={200}>{t('admin.field.kind')}</Table.Th>
              <Table.Th w={260} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {facilities.map((f) => (
              <Table.Tr key={f.id} data-testid="facility-row">
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light">
                    {t(`facilityKind.${f.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'edit', facility: f })} data-testid="facility-edit">
                      {t('registers.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'move', facility: f })} data-testid="facility-move">
                      {t('admin.facilities.move')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setHistory({ kind: 'facility', id: f.id, title: t('admin.historyOf', { name: f.name }) })} data-testid="facility-history">
                      {t('registers.history')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <RegisterFormModal
        opened={editing?.kind === 'new'}
        onClose={close}
        title={t('admin.facilities.new')}
        testId="facility-form"
        fields={[
          { name: 'kind', kind: 'select', label: t('admin.field.kind'), options: kinds, testId: 'facility-kind' },
          { name: 'name', kind: 'text', label: t('admin.field.name'), testId: 'facility-name' },
          { name: 'buildingId', kind: 'lookup', label: t('admin.facilities.at'), placeholder: t('registerEdit.searchBuilding'), search: searchBuildings, testId: 'facility-building' },
          { name: 'address', kind: 'text', label: t('admin.field.address'), testId: 'facility-address' },
          { name: 'openHours', kind: 'text', label: t('admin.field.openHours'), placeholder: '08:30-17:30', testId: 'facility-hours' },
        ]}
        initial={{ kind: 'convenience_station', name: '', buildingId: null, address: '', openHours: '' }}
        submit={async (v) => {
          const kind = FACILITY_KINDS.find((k) => k === textOf(v, 'kind')) ?? 'convenience_station';
          await api.call('facility.create', { kind, name: textOf(v, 'name'), address: textOf(v, 'address'), openHours: textOf(v, 'openHours'), ...(await buildingCentre(v)) });
        }}
        saveTestId="facility-save"
      />
      {chosen && editing?.kind === 'edit' && <FacilityEdit id={chosen.id} onClose={close} />}
      <RegisterFormModal
        opened={editing?.kind === 'move'}
        onClose={close}
        title={chosen ? t('admin.facilities.moveTitle', { name: chosen.name }) : ''}
        testId="facility-move-form"
        fields={[
          { name: 'buildingId', kind: 'lookup', label: t('admin.facilities.at'), placeholder: t('registerEdit.searchBuilding'), search: searchBuildings, testId: 'facility-move-building' },
          { name: 'address', kind: 'text', label: t('admin.field.address'), testId: 'facility-move-address' },
        ]}
        initial={{ buildingId: null, address: '' }}
        ready={(v) => textOf(v, 'buildingId') !== ''}
        submit={async (v) => {
          if (!chosen) return;
          await api.call('facility.move', { id: chosen.id, ...(await buildingCentre(v)), ...(textOf(v, 'address') ? { address: textOf(v, 'address') } : {}) });
        }}
        note={t('admin.facilities.moveNote')}
        saveTestId="facility-move-save"
      />
      <HistoryModal target={history} onClose={() => setHistory(null)} />
    </>
  );
}

/** 编辑 opens once the facility's address and hours are read (the overlay carries only its name and kind). */
function FacilityEdit({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const detail = useApiQuery('facility.detail', { id });
  if (detail.status !== 'ok') return null;
  const f = detail.data;
  return (
    <RegisterFormModal
      opened
      onClose={onClose}
      title={t('admin.facilities.editTitle', { name: f.name })}
      testId="facility-form"
      fields={[
        { name: 'kind', kind: 'select', label: t('admin.field.kind'), options: FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilityKind.${k}`) })), testId: 'facility-kind' },
        { name: 'name', kind: 'text', label: t('admin.field.name'), testId: 'facility-name' },
        { name: 'address', kind: 'text', label: t('admin.field.address'), testId: 'facility-address' },
        { name: 'openHours', kind: 'text', label: t('admin.field.openHours'), testId: 'facility-hours' },
      ]}
      initial={{ kind: f.facilityKind, name: f.name, address: f.address, openHours: f.openHours }}
      submit={async (v) => {
        const kind = FACILITY_KINDS.find((k) => k === textOf(v, 'kind'));
        const input = {
          id: f.id,
          ...(kind && kind !== f.facilityKind ? { kind } : {}),
          ...(textOf(v, 'name') !== f.name ? { name: textOf(v, 'name') } : {}),
          ...(textOf(v, 'address') !== f.address ? { address: textOf(v, 'address') } : {}),
          ...(textOf(v, 'openHours') !== f.openHours ? { openHours: textOf(v, 'openHours') } : {}),
        };
        if (Object.keys(input).length > 1) await api.call('facility.update', input);
      }}
      saveTestId="facility-save"
    />
  );
}
