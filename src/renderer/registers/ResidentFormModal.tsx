// 编辑 / 新增居民 in the building drawer. Editing sends only what the user typed or changed
// (names and phones arrive masked, so they start empty with the masked value as a hint);
// adding needs name, ID number and relation. The core normalises and checks every value (ID
// number by GB 11643, birth date and sex against it, phone) and its refusal shows under the
// field it names.
import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { RESIDENT_TAGS, type ResidentTag } from '../../shared/domain';
import { RESIDENT_RELATIONS, type ResidentRelation } from '../../shared/registers';
import type { HouseholdView, ResidentBrief } from '../../shared/views';
import { api } from '../api/api';
import { useT } from '../i18n/LocaleProvider';
import { formRefusal, type FormRefusal } from './FieldError';

const FIELDS = ['name', 'idNumber', 'birthDate', 'gender', 'phone', 'relation', 'tags'] as const;
type Field = (typeof FIELDS)[number];

export type ResidentFormTarget = { mode: 'edit'; resident: ResidentBrief } | { mode: 'add'; household: HouseholdView };

interface Props {
  target: ResidentFormTarget | null;
  onClose: () => void;
}

export function ResidentFormModal({ target, onClose }: Props) {
  const t = useT();
  const title = !target
    ? ''
    : target.mode === 'edit'
      ? t('registers.editResident', { name: target.resident.name })
      : t('registers.addResidentTitle', { room: t('detail.room', { unit: target.household.unit, room: target.household.room }) });
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size={560} centered data-testid="resident-form">
      {target && <ResidentForm key={target.mode === 'edit' ? `e${target.resident.id}` : `a${target.household.id}`} target={target} onDone={onClose} />}
    </Modal>
  );
}

function isRelation(v: string): v is ResidentRelation {
  return (RESIDENT_RELATIONS as readonly string[]).includes(v);
}

function ResidentForm({ target, onDone }: { target: ResidentFormTarget; onDone: () => void }) {
  const t = useT();
  const editing = target.mode === 'edit' ? target.resident : null;
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [gender, setGender] = useState<'M' | 'F' | null>(null);
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState<string | null>(editing && isRelation(editing.relation) ? editing.relation : null);
  const [tags, setTags] = useState<ResidentTag[]>(editing ? [...editing.tags] : []);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<Field>>({ byField: {}, general: null });

  // A field's refusal goes once the field is changed.
  const clear = (field: Field) => setRefusal((r) => (r.byField[field] === undefined ? r : { ...r, byField: { ...r.byField, [field]: undefined } }));
  const tagsChanged = editing ? [...tags].sort().join() !== [...editing.tags].sort().join() : tags.length > 0;

  const save = async () => {
    setBusy(true);
    setRefusal({ byField: {}, general: null });
    const typed = {
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(idNumber.trim() ? { idNumber: idNumber.trim() } : {}),
      ...(birthDate.trim() ? { birthDate: birthDate.trim() } : {}),
      ...(gender ? { gender } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(tagsChanged ? { tags } : {}),
    };
    const rel = relation !== null && isRelation(relation) ? relation : null;
    try {
      if (target.mode === 'edit') {
        await api.call('resident.update', { id: target.resident.id, ...typed, ...(rel && rel !== target.resident.relation ? { relation: rel } : {}) });
      } else {
        // name, idNumber and relation are required: sent as typed, so an empty one is refused by name.
        await api.call('resident.add', { householdId: target.household.id, ...typed, name: name.trim(), idNumber: idNumber.trim(), relation: rel ?? '其他' });
      }
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, FIELDS, t));
    } finally {
      setBusy(false);
    }
  };

  const err = (f: Field) => refusal.byField[f];
  return (
    <Stack gap={10}>
      {editing && (
        <Text fz="xs" c="dimmed">
          {t('registers.keepHint')}
        </Text>
      )}
      <SimpleGrid cols={2} spacing={10}>
        <TextInput size="xs" label={t('registers.field.name')} placeholder={editing?.name} value={name} error={err('name')} onChange={(e) => (setName(e.currentTarget.value), clear('name'))} data-testid="resident-name" />
        <TextInput size="xs" label={t('registers.field.phone')} placeholder={editing?.phone ?? ''} value={phone} error={err('phone')} onChange={(e) => (setPhone(e.currentTarget.value), clear('phone'))} data-testid="resident-phone" />
        <TextInput
          size="xs"
          label={t('registers.field.idNumber')}
          placeholder={editing?.idNumberMasked}
          value={idNumber}
          error={err('idNumber')}
          onChange={(e) => (setIdNumber(e.currentTarget.value), clear('idNumber'))}
          data-testid="resident-id-number"
        />
        <Select
          size="xs"
          label={t('registers.field.relation')}
          data={[...RESIDENT_RELATIONS]}
          value={relation}
          error={err('relation')}
          onChange={(v) => (setRelation(v), clear('relation'))}
          data-testid="resident-relation"
        />
        <TextInput size="xs" label={t('registers.field.birthDate')} placeholder="YYYY-MM-DD" value={birthDate} error={err('birthDate')} onChange={(e) => (setBirthDate(e.currentTarget.value), clear('birthDate'))} data-testid="resident-birth" />
        <Select
          size="xs"
          label={t('registers.field.gender')}
          data={[
            { value: 'M', label: t('gender.M') },
            { value: 'F', label: t('gender.F') },
          ]}
          value={gender}
          clearable
          error={err('gender')}
          onChange={(v) => (setGender(v === 'M' || v === 'F' ? v : null), clear('gender'))}
          data-testid="resident-gender"
        />
      </SimpleGrid>
      <MultiSelect
        size="xs"
        label={t('registers.field.tags')}
        data={RESIDENT_TAGS.map((tag) => ({ value: tag, label: t(`residentTag.${tag}`) }))}
        value={tags}
        error={err('tags')}
        onChange={(v) => (setTags(RESIDENT_TAGS.filter((tag) => v.includes(tag))), clear('tags'))}
        data-testid="resident-tags"
      />
      {refusal.general && (
        <Alert color="red" title={t('registers.saveFailed')} data-testid="resident-form-error">
          {refusal.general}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" onClick={() => void save()} loading={busy} data-testid="resident-save">
          {t('registers.save')}
        </Button>
      </Group>
    </Stack>
  );
}
