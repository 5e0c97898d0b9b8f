// 楼栋长 of a building: who holds the post now (from the grid's staff list), and appointing
// or replacing them (staff.assign on the building, staff.replace on the post). A building
// head is a resident who helps: their phone is theirs, shown as the role may see it.
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { BuildingDetail, StaffView } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { formRefusal, type FormRefusal } from './FieldError';
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
      <Modal opened={open} onClose={() => setOpen(false)} title={t('registers.appointTitle', { building: building.name })} size={420} centered data-testid="building-head-form">
        {open && <HeadForm building={building} post={head} onDone={() => setOpen(false)} />}
      </Modal>
    </Group>
  );
}

const FIELDS = ['name', 'phone'] as const;
type Field = (typeof FIELDS)[number];

function HeadForm({ building, post, onDone }: { building: BuildingDetail; post: StaffView | null; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<Field>>({ byField: {}, general: null });
  const save = async () => {
    setBusy(true);
    try {
      const holder = { name: name.trim(), phone: phone.trim() };
      if (post) await api.call('staff.replace', { id: post.id, ...holder });
      else await api.call('staff.assign', { role: 'building_head', buildingId: building.id, ...holder });
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, FIELDS, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={10}>
      <TextInput size="xs" label={t('registers.field.holder')} value={name} error={refusal.byField.name} onChange={(e) => setName(e.currentTarget.value)} data-testid="head-name" />
      <TextInput size="xs" label={t('registers.field.phone')} value={phone} error={refusal.byField.phone} onChange={(e) => setPhone(e.currentTarget.value)} data-testid="head-phone" />
      {refusal.general && (
        <Alert color="red" title={t('registers.saveFailed')}>
          {refusal.general}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" onClick={() => void save()} loading={busy} data-testid="head-save">
          {t('registers.save')}
        </Button>
      </Group>
    </Stack>
  );
}
