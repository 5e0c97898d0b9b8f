// 楼栋长 of a building: who holds the post now (from the grid's staff list), and appointing
// or replacing them (staff.assign on the building, staff.replace on the post). A building
// head is a resident who helps: their phone is theirs, shown as the role may see it.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { BuildingDetail, StaffView } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { RegisterFormModal, textOf } from './RegisterFormModal';
import { useRegisterChanged } from './useRegisterChanged';

/** The building's current head(s): the grid's building heads posted to this building. */
export function useBuildingHeads(building: BuildingDetail): StaffView[] {
  const grid = useApiQuery('grid.detail', { id: building.grid.id }, useRegisterChanged());
  if (grid.status !== 'ok') return [];
  return grid.data.staff.filter((s) => s.role === 'building_head' && s.buildingName === building.name);
}

export function BuildingHeadRow({ building, heads, canEdit }: { building: BuildingDetail; heads: StaffView[]; canEdit: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const head = heads[0] ?? null;
  return (
    <Group justify="space-between" gap={8} wrap="nowrap" data-testid="building-head">
      <Text fz="sm">
        <Text span fz="sm" c="dimmed" mr={8}>
          {t('registers.buildingHead')}
        </Text>
        <span data-testid="building-head-name">{head ? `${head.name} · ${head.phone}` : t('registers.buildingHeadNone')}</span>
      </Text>
      {canEdit && (
        <Button size="compact-xs" variant="light" onClick={() => setOpen(true)} data-testid="building-head-appoint">
          {head ? t('registers.replaceHead') : t('registers.appointHead')}
        </Button>
      )}
      <RegisterFormModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('registers.appointTitle', { building: building.name })}
        testId="building-head-form"
        size={420}
        fields={[
          { name: 'name', kind: 'text', label: t('registers.field.holder'), testId: 'head-name' },
          { name: 'phone', kind: 'text', label: t('registers.field.phone'), testId: 'head-phone' },
        ]}
        initial={{ name: '', phone: '' }}
        submit={(v) => {
          const holder = { name: textOf(v, 'name'), phone: textOf(v, 'phone') };
          return head ? api.call('staff.replace', { id: head.id, ...holder }) : api.call('staff.assign', { role: 'building_head', buildingId: building.id, ...holder });
        }}
        saveTestId="head-save"
      />
    </Group>
  );
}
