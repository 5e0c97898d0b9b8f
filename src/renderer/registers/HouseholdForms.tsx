// The building drawer's household and move forms: 新增户 (unit, floor, room, tenure; a new
// home is 空置 until someone is registered in it), a household's status (迁入 makes it 在住;
// 迁出 records its residents as moved out with it; 空置 only when nobody is registered),
// and moving a resident to another household (of this building or any other one) with their
// relation to its head. Floors, rooms taken and who may are the core's rules (households.ts,
// residents.ts); its refusal shows under the field it names.
import { HOUSEHOLD_STATUSES, HOUSEHOLD_TENURES, RESIDENT_RELATIONS, type HouseholdStatus } from '../../shared/vocab/registers';
import type { BuildingDetail, HouseholdView, ResidentBrief } from '../../shared/views';
import { api } from '../api/api';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from './chinaToday';
import { RegisterFormModal, textOf, type FormValues } from './RegisterFormModal';
import { buildingOption, householdsOf, searchBuildings } from './registerLookups';

const whole = (s: string) => (s === '' ? Number.NaN : Number(s));

export function HouseholdCreateModal({ building, opened, onClose }: { building: BuildingDetail; opened: boolean; onClose: () => void }) {
  const t = useT();
  const submit = async (v: FormValues) => {
    const tenure = HOUSEHOLD_TENURES.find((x) => x === textOf(v, 'tenure')) ?? 'owner';
    await api.call('household.create', { buildingId: building.id, unit: whole(textOf(v, 'unit')), floor: whole(textOf(v, 'floor')), room: textOf(v, 'room'), tenure });
  };
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registerEdit.household.createTitle', { building: building.name })}
      testId="household-create-form"
      cols={2}
      fields={[
        { name: 'unit', kind: 'number', label: t('registerEdit.field.unit'), min: 1, max: 99, testId: 'household-unit' },
        { name: 'floor', kind: 'number', label: t('registerEdit.field.floor'), min: -5, max: building.floors, testId: 'household-floor' },
        { name: 'room', kind: 'text', label: t('registerEdit.field.room'), placeholder: '501', testId: 'household-room' },
        { name: 'tenure', kind: 'select', label: t('registerEdit.field.tenure'), options: HOUSEHOLD_TENURES.map((x) => ({ value: x, label: t(`tenure.${x}`) })), testId: 'household-tenure' },
      ]}
      initial={{ unit: '1', floor: '1', room: '', tenure: 'owner' }}
      submit={submit}
      note={t('registerEdit.household.createNote')}
      saveTestId="household-create-save"
    />
  );
}

export function HouseholdStatusModal({ household, onClose }: { household: HouseholdView | null; onClose: () => void }) {
  const t = useT();
  const submit = async (v: FormValues) => {
    if (!household) return;
    const status = HOUSEHOLD_STATUSES.find((s) => s === textOf(v, 'status')) ?? 'occupied';
    await api.call('household.setStatus', { id: household.id, status, onDate: textOf(v, 'onDate'), ...(textOf(v, 'note') ? { note: textOf(v, 'note') } : {}) });
  };
  const next: HouseholdStatus = household?.status === 'occupied' ? (household.members.length ? 'moved_out' : 'vacant') : 'occupied';
  return (
    <RegisterFormModal
      opened={household !== null}
      onClose={onClose}
      title={household ? t('registerEdit.household.statusTitle', { room: t('detail.room', { unit: household.unit, room: household.room }) }) : ''}
      testId="household-status-form"
      size={460}
      fields={[
        { name: 'status', kind: 'segmented', label: t('registers.field.recordStatus'), options: HOUSEHOLD_STATUSES.map((s) => ({ value: s, label: t(`registerEdit.householdStatus.${s}`) })), testId: 'household-status-choice' },
        { name: 'onDate', kind: 'date', label: t('registers.field.onDate'), testId: 'household-status-date' },
        { name: 'note', kind: 'text', label: t('registers.field.note') },
      ]}
      initial={{ status: next, onDate: chinaToday(), note: '' }}
      submit={submit}
      note={t('registerEdit.household.statusNote')}
      saveColor="orange"
      saveTestId="household-status-save"
    />
  );
}

export function ResidentMoveModal({ resident, building, onClose }: { resident: { brief: ResidentBrief; householdId: number } | null; building: BuildingDetail; onClose: () => void }) {
  const t = useT();
  const submit = async (v: FormValues) => {
    if (!resident) return;
    const relation = RESIDENT_RELATIONS.find((r) => r === textOf(v, 'relation')) ?? '其他';
    await api.call('resident.move', { id: resident.brief.id, householdId: whole(textOf(v, 'householdId')), relation, onDate: textOf(v, 'onDate') });
  };
  return (
    <RegisterFormModal
      opened={resident !== null}
      onClose={onClose}
      title={resident ? t('registerEdit.resident.moveTitle', { name: resident.brief.name }) : ''}
      testId="resident-move-form"
      fields={[
        { name: 'buildingId', kind: 'lookup', label: t('registerEdit.resident.toBuilding'), placeholder: t('registerEdit.searchBuilding'), search: searchBuildings, initialOptions: [buildingOption(building)], testId: 'resident-move-building' },
        {
          name: 'householdId',
          kind: 'lookup',
          label: t('registerEdit.resident.toHousehold'),
          placeholder: t('registerEdit.resident.pickHousehold'),
          search: householdsOf('buildingId', t, resident?.householdId),
          dependsOn: ['buildingId'],
          testId: 'resident-move-household',
        },
        { name: 'relation', kind: 'select', label: t('registers.field.relation'), options: RESIDENT_RELATIONS.map((r) => ({ value: r, label: r })), testId: 'resident-move-relation' },
        { name: 'onDate', kind: 'date', label: t('registers.field.onDate'), testId: 'resident-move-date' },
      ]}
      initial={{ buildingId: String(building.id), householdId: null, relation: '其他', onDate: chinaToday() }}
      ready={(v) => textOf(v, 'householdId') !== ''}
      submit={submit}
      note={t('registerEdit.resident.moveNote')}
      saveTestId="resident-move-save"
    />
  );
}
