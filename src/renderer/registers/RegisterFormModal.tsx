// One modal for every register form: the fields are described as data (a text, a date, a
// number, a choice, …), the form keeps their values, and a refused write is sorted onto them
// (FieldError: the shared reason catalog's words in the UI language) and shown by the one
// form-error rule (formErrorRule.ts): a field's refusal stays until that field is changed;
// whatever names no field of the form is one general line. Each form says what it sends.
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useFormErrors } from '../dispatch/actions/useFormErrors';
import { useT } from '../i18n/LocaleProvider';
import { formRefusal } from './FieldError';
import { LookupInput } from './LookupInput';

export type FieldValue = string | string[] | boolean | null;
export type FormValues = Readonly<Record<string, FieldValue>>;
export interface FieldOption {
  value: string;
  label: string;
}

interface FieldBase {
  name: string;
  label: string;
  testId?: string;
  placeholder?: string;
  /** Both columns of a two-column form. */
  wide?: boolean;
  /** Shown only while this holds for the values (a grade note once the grade changed). */
  shown?: (values: FormValues) => boolean;
}

export type FieldSpec =
  | (FieldBase & { kind: 'text' | 'date' | 'readonly' })
  | (FieldBase & { kind: 'number'; min?: number; max?: number })
  | (FieldBase & { kind: 'select'; options: readonly FieldOption[]; searchable?: boolean; clearable?: boolean })
  | (FieldBase & { kind: 'multi'; options: readonly FieldOption[] })
  | (FieldBase & { kind: 'segmented'; options: readonly FieldOption[] })
  | (FieldBase & { kind: 'check' })
  | (FieldBase & {
      kind: 'lookup';
      /** Options found for what is typed (and the values of the fields in dependsOn). */
      search: (query: string, values: FormValues) => Promise<FieldOption[]>;
      initialOptions?: readonly FieldOption[];
      dependsOn?: readonly string[];
    });

export interface RegisterFormProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  testId: string;
  fields: readonly FieldSpec[];
  /** The values the form opens with (a fresh copy each time it opens). */
  initial: FormValues;
  /** Sends the write; throwing (the core's refusal) keeps the form open with the refusal shown. */
  submit: (values: FormValues) => Promise<unknown>;
  /** The local check of the values as they are (field → message), shown by the form-error rule. */
  check?: (values: FormValues) => Record<string, string>;
  /** False: the save button is disabled (nothing chosen yet, nothing changed). */
  ready?: (values: FormValues) => boolean;
  cols?: 1 | 2;
  size?: number;
  hint?: ReactNode;
  /** A line under the fields (what the write does besides, e.g. members moved with it). */
  note?: ReactNode;
  /** Below the buttons: what the form's record has been through (a device's change history). */
  after?: ReactNode;
  saveLabel?: string;
  saveColor?: string;
  saveTestId?: string;
  refusalTestId?: string;
}

/** A field's value as text ('' for none). */
export function textOf(values: FormValues, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** A field's value as a list (a multi choice). */
export function listOf(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : [];
}

export function RegisterFormModal(props: RegisterFormProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size ?? 480} centered data-testid={props.testId}>
      {props.opened && <RegisterForm {...props} />}
    </Modal>
  );
}

function RegisterForm({ fields, initial, submit, check, ready, cols = 1, hint, note, after, onClose, saveLabel, saveColor, saveTestId, refusalTestId }: RegisterFormProps) {
  const t = useT();
  const [values, setValues] = useState<FormValues>(initial);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const local = check?.(values) ?? {};
  const errors = useFormErrors(local, values);
  const visible = fields.filter((f) => !f.shown || f.shown(values));
  // A choice that depends on another field (a household of the chosen building) goes when that field changes.
  const set = (name: string, value: FieldValue) =>
    setValues((v) => {
      const next: Record<string, FieldValue> = { ...v, [name]: value };
      for (const f of fields) if (f.kind === 'lookup' && f.dependsOn?.includes(name) && v[name] !== value) next[f.name] = null;
      return next;
    });

  const save = async () => {
    errors.attempted();
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    setGeneral(null);
    try {
      await submit(values);
      onClose();
    } catch (e) {
      const refusal = formRefusal(
        e,
        visible.map((f) => f.name),
        t,
      );
      const byField: Record<string, string> = {};
      for (const [field, message] of Object.entries(refusal.byField)) if (typeof message === 'string') byField[field] = message;
      errors.refused(byField, values);
      setGeneral(refusal.general);
    } finally {
      setBusy(false);
    }
  };

  const grid = visible.map((f) => (
    <div key={f.name} style={cols === 2 && f.wide ? { gridColumn: '1 / -1' } : undefined}>
      <FieldInput spec={f} values={values} error={errors.fields[f.name]} onChange={(v) => set(f.name, v)} onBlur={() => errors.left(f.name)} />
    </div>
  ));
  return (
    <Stack gap={10}>
      {hint && (
        <Text fz="xs" c="dimmed">
          {hint}
        </Text>
      )}
      {cols === 2 ? (
        <SimpleGrid cols={2} spacing={10}>
          {grid}
        </SimpleGrid>
      ) : (
        grid
      )}
      {note && (
        <Alert color="gray" variant="light" py={6}>
          {note}
        </Alert>
      )}
      {general && (
        <Alert color="red" title={t('registers.saveFailed')} data-testid={refusalTestId}>
          {general}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onClose}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" color={saveColor} onClick={() => void save()} loading={busy} disabled={ready ? !ready(values) : false} data-testid={saveTestId}>
          {saveLabel ?? t('registers.save')}
        </Button>
      </Group>
      {after}
    </Stack>
  );
}

interface FieldInputProps {
  spec: FieldSpec;
  values: FormValues;
  error: string | undefined;
  onChange: (v: FieldValue) => void;
  onBlur: () => void;
}

function FieldInput({ spec, values, error, onChange, onBlur }: FieldInputProps) {
  const value = values[spec.name] ?? null;
  const common = { size: 'xs' as const, label: spec.label, error, onBlur, 'data-testid': spec.testId };
  const text = typeof value === 'string' ? value : '';
  switch (spec.kind) {
    case 'text':
    case 'date':
      return <TextInput {...common} placeholder={spec.kind === 'date' ? 'YYYY-MM-DD' : spec.placeholder} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'readonly':
      return <TextInput {...common} value={text} readOnly variant="filled" />;
    case 'number':
      return (
        <NumberInput {...common} placeholder={spec.placeholder} value={text} min={spec.min} max={spec.max} allowDecimal={false} onChange={(v) => onChange(typeof v === 'number' ? String(v) : v)} />
      );
    case 'select':
      return (
        <Select
          {...common}
          placeholder={spec.placeholder}
          data={[...spec.options]}
          value={value === null || text === '' ? null : text}
          searchable={spec.searchable}
          clearable={spec.clearable}
          allowDeselect={spec.clearable ?? false}
          comboboxProps={{ withinPortal: true }}
          onChange={(v) => onChange(v)}
        />
      );
    case 'multi':
      return <MultiSelect {...common} placeholder={spec.placeholder} data={[...spec.options]} value={Array.isArray(value) ? value : []} searchable comboboxProps={{ withinPortal: true }} onChange={(v) => onChange(v)} />;
    case 'segmented':
      return (
        <Stack gap={2}>
          <Text fz="xs" fw={500}>
            {spec.label}
          </Text>
          <SegmentedControl size="xs" data={[...spec.options]} value={text} onChange={(v) => onChange(v)} data-testid={spec.testId} />
          {error && (
            <Text fz="xs" c="red" data-testid={spec.testId ? `${spec.testId}-error` : undefined}>
              {error}
            </Text>
          )}
        </Stack>
      );
    case 'lookup':
      return (
        <LookupInput
          label={spec.label}
          testId={spec.testId}
          placeholder={spec.placeholder}
          value={text === '' ? null : text}
          error={error}
          initialOptions={spec.initialOptions ?? []}
          search={spec.search}
          dependsOn={spec.dependsOn ?? []}
          values={values}
          onChange={onChange}
          onBlur={onBlur}
        />
      );
    case 'check':
      return <Checkbox size="xs" label={spec.label} checked={value === true} error={error} onChange={(e) => onChange(e.currentTarget.checked)} data-testid={spec.testId} />;
  }
}
