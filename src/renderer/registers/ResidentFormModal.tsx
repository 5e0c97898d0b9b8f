// 编辑 / 新增居民 in the building drawer. Editing sends only what the user typed or changed
// (names and phones arrive masked, so they start empty with the masked value as a hint);
// adding needs name, ID number and relation. The core normalises and checks every value (ID
// number by GB 11643, birth date and sex against it, phone) and its refusal shows under the
// field it names.
import { RESIDENT_TAGS } from '../../shared/domain';
import { RESIDENT_RELATIONS, type ResidentRelation } from '../../shared/vocab/registers';
import type { HouseholdView, ResidentBrief } from '../../shared/views';
import { api } from '../api/api';
import { useT } from '../i18n/LocaleProvider';
import { listOf, RegisterFormModal, textOf, type FieldSpec, type FormValues } from './RegisterFormModal';

export type ResidentFormTarget = { mode: 'edit'; resident: ResidentBrief } | { mode: 'add'; household: HouseholdView };

interface Props {
  target: ResidentFormTarget | null;
  onClose: () => void;
}

function asRelation(v: string): ResidentRelation | null {
  return RESIDENT_RELATIONS.find((r) => r === v) ?? null;
}

export function ResidentFormModal({ target, onClose }: Props) {
  const t = useT();
  const editing = target?.mode === 'edit' ? target.resident : null;
  const title = !target
    ? ''
    : target.mode === 'edit'
      ? t('registers.editResident', { name: target.resident.name })
      : t('registers.addResidentTitle', { room: t('detail.room', { unit: target.household.unit, room: target.household.room }) });
  const fields: FieldSpec[] = [
    { name: 'name', kind: 'text', label: t('registers.field.name'), placeholder: editing?.name, testId: 'resident-name' },
    { name: 'phone', kind: 'text', label: t('registers.field.phone'), placeholder: editing?.phone ?? '', testId: 'resident-phone' },
    { name: 'idNumber', kind: 'text', label: t('registers.field.idNumber'), placeholder: editing?.idNumberMasked, testId: 'resident-id-number' },
    { name: 'relation', kind: 'select', label: t('registers.field.relation'), options: RESIDENT_RELATIONS.map((r) => ({ value: r, label: r })), testId: 'resident-relation' },
    { name: 'birthDate', kind: 'date', label: t('registers.field.birthDate'), testId: 'resident-birth' },
    {
      name: 'gender',
      kind: 'select',
      label: t('registers.field.gender'),
      options: [
        { value: 'M', label: t('gender.M') },
        { value: 'F', label: t('gender.F') },
      ],
      clearable: true,
      testId: 'resident-gender',
    },
    { name: 'tags', kind: 'multi', label: t('registers.field.tags'), options: RESIDENT_TAGS.map((tag) => ({ value: tag, label: t(`residentTag.${tag}`) })), wide: true, testId: 'resident-tags' },
  ];
  const initial: FormValues = {
    name: '',
    phone: '',
    idNumber: '',
    relation: editing && asRelation(editing.relation) ? editing.relation : null,
    birthDate: '',
    gender: null,
    tags: editing ? [...editing.tags] : [],
  };

  const submit = async (v: FormValues) => {
    const tags = RESIDENT_TAGS.filter((tag) => listOf(v, 'tags').includes(tag));
    const tagsChanged = editing ? [...tags].sort().join() !== [...editing.tags].sort().join() : tags.length > 0;
    const g = textOf(v, 'gender');
    const gender: 'M' | 'F' | null = g === 'M' ? 'M' : g === 'F' ? 'F' : null;
    const typed = {
      ...(textOf(v, 'name') ? { name: textOf(v, 'name') } : {}),
      ...(textOf(v, 'idNumber') ? { idNumber: textOf(v, 'idNumber') } : {}),
      ...(textOf(v, 'birthDate') ? { birthDate: textOf(v, 'birthDate') } : {}),
      ...(gender ? { gender } : {}),
      ...(textOf(v, 'phone') ? { phone: textOf(v, 'phone') } : {}),
      ...(tagsChanged ? { tags } : {}),
    };
    const rel = asRelation(textOf(v, 'relation'));
    if (target?.mode === 'edit') {
      await api.call('resident.update', { id: target.resident.id, ...typed, ...(rel && rel !== target.resident.relation ? { relation: rel } : {}) });
    } else if (target) {
      // name, idNumber and relation are required: sent as typed, so an empty one is refused by name.
      await api.call('resident.add', { householdId: target.household.id, ...typed, name: textOf(v, 'name'), idNumber: textOf(v, 'idNumber'), relation: rel ?? '其他' });
    }
  };

  return (
    <RegisterFormModal
      opened={target !== null}
      onClose={onClose}
      title={title}
      testId="resident-form"
      size={560}
      cols={2}
      fields={fields}
      initial={initial}
      submit={submit}
      hint={editing ? t('registers.keepHint') : undefined}
      saveTestId="resident-save"
      refusalTestId="resident-form-error"
    />
  );
}
