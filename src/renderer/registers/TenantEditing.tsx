// The tenant drawer's editing (administrators and community staff, as for residents):
// 编辑 (name, category, employees, credit grade, phone) sends only the fields that changed,
// and 营业 / 歇业 / 注销 sets the status on a day (tenant.setStatus). The tenant's status now
// comes from its record history, which the detail view does not carry.
import { Alert, Badge, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CREDIT_GRADES, type CreditGrade } from '../../shared/domain';
import { TENANT_CATEGORIES, TENANT_STATUSES, type TenantStatus, type TenantUpdateInput } from '../../shared/registers';
import type { TenantDetail } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { chinaToday } from './chinaToday';
import { formRefusal, type FormRefusal } from './FieldError';
import { canEditRegisters } from './registerRoles';
import { useRegisterChanged } from './useRegisterChanged';

type Open = 'edit' | 'status' | null;

/** Tenants are written by the roles that keep the residents register (core/access/registerWrites.ts). */
export function useTenantEditable(): boolean {
  const { state } = useSession();
  return state.phase === 'unlocked' && canEditRegisters(state.user.role);
}

function isStatus(s: string | null): s is TenantStatus {
  return (TENANT_STATUSES as readonly (string | null)[]).includes(s);
}

export function TenantActions({ tenant, canEdit }: { tenant: TenantDetail; canEdit: boolean }) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const history = useApiQuery('record.history', { kind: 'tenant', id: tenant.id }, useRegisterChanged());
  const status = history.status === 'ok' && isStatus(history.data.status) ? history.data.status : null;
  const close = () => setOpen(null);
  return (
    <Group gap={8} justify="space-between" data-testid="tenant-actions">
      {status ? (
        <Badge size="sm" color={status === 'open' ? 'green' : status === 'suspended' ? 'orange' : 'gray'} data-testid="tenant-status" data-status={status}>
          {t(`registers.recordStatus.${status}`)}
        </Badge>
      ) : (
        <span />
      )}
      {canEdit && (
        <Group gap={8}>
          <Button size="compact-xs" variant="light" onClick={() => setOpen('edit')} data-testid="tenant-edit">
            {t('registers.edit')}
          </Button>
          <Button size="compact-xs" variant="light" color="orange" onClick={() => setOpen('status')} data-testid="tenant-status-open">
            {t('registers.tenant.setStatus')}
          </Button>
        </Group>
      )}
      <Modal opened={open === 'edit'} onClose={close} title={t('registers.tenant.editTitle', { name: tenant.name })} size={480} centered data-testid="tenant-edit-form">
        {open === 'edit' && <EditForm tenant={tenant} onDone={close} />}
      </Modal>
      <Modal opened={open === 'status'} onClose={close} title={t('registers.tenant.statusTitle', { name: tenant.name })} size={440} centered data-testid="tenant-status-form">
        {open === 'status' && <StatusForm tenant={tenant} current={status} onDone={close} />}
      </Modal>
    </Group>
  );
}

const EDIT_FIELDS = ['name', 'category', 'employees', 'creditGrade', 'phone', 'gradeNote'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

function EditForm({ tenant, onDone }: { tenant: TenantDetail; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState(tenant.name);
  const [category, setCategory] = useState(tenant.category);
  const [employees, setEmployees] = useState<number | string>(tenant.employees);
  const [creditGrade, setCreditGrade] = useState<CreditGrade>(tenant.creditGrade);
  const [gradeNote, setGradeNote] = useState('');
  const [phone, setPhone] = useState(tenant.phone);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<EditField>>({ byField: {}, general: null });
  // A category outside today's list (an older register's word) stays choosable as it is.
  const categories = (TENANT_CATEGORIES as readonly string[]).includes(tenant.category) ? [...TENANT_CATEGORIES] : [tenant.category, ...TENANT_CATEGORIES];

  const save = async () => {
    // Only what changed: an unchanged (possibly masked) phone is never sent back.
    const input: TenantUpdateInput = { id: tenant.id };
    if (name.trim() !== tenant.name) input.name = name.trim();
    const cat = TENANT_CATEGORIES.find((c) => c === category);
    if (category !== tenant.category && cat) input.category = cat;
    if (Number(employees) !== tenant.employees) input.employees = typeof employees === 'number' ? employees : Number.NaN;
    if (creditGrade !== tenant.creditGrade) {
      input.creditGrade = creditGrade;
      if (gradeNote.trim()) input.gradeNote = gradeNote.trim();
    }
    if (phone.trim() !== tenant.phone) input.phone = phone.trim();
    if (Object.keys(input).length === 1) return onDone();
    setBusy(true);
    try {
      await api.call('tenant.update', input);
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, EDIT_FIELDS, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={10}>
      <TextInput size="xs" label={t('registers.tenant.name')} value={name} error={refusal.byField.name} onChange={(e) => setName(e.currentTarget.value)} data-testid="tenant-name" />
      <Select size="xs" label={t('registers.tenant.category')} data={categories} value={category} onChange={(v) => v && setCategory(v)} allowDeselect={false} error={refusal.byField.category} data-testid="tenant-category" />
      <NumberInput size="xs" label={t('registers.tenant.employees')} value={employees} onChange={setEmployees} min={0} allowDecimal={false} error={refusal.byField.employees} data-testid="tenant-employees" />
      <Select
        size="xs"
        label={t('registers.tenant.creditGrade')}
        data={CREDIT_GRADES.map((g) => ({ value: g, label: t(`creditGrade.${g}`) }))}
        value={creditGrade}
        onChange={(v) => {
          const g = CREDIT_GRADES.find((x) => x === v);
          if (g) setCreditGrade(g);
        }}
        allowDeselect={false}
        error={refusal.byField.creditGrade}
        data-testid="tenant-grade"
      />
      {creditGrade !== tenant.creditGrade && (
        <TextInput size="xs" label={t('registers.tenant.gradeNote')} value={gradeNote} error={refusal.byField.gradeNote} onChange={(e) => setGradeNote(e.currentTarget.value)} data-testid="tenant-grade-note" />
      )}
      <TextInput size="xs" label={t('registers.field.phone')} value={phone} error={refusal.byField.phone} onChange={(e) => setPhone(e.currentTarget.value)} data-testid="tenant-phone" />
      {refusal.general && (
        <Alert color="red" title={t('registers.saveFailed')}>
          {refusal.general}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" onClick={() => void save()} loading={busy} data-testid="tenant-save">
          {t('registers.save')}
        </Button>
      </Group>
    </Stack>
  );
}

const STATUS_FIELDS = ['status', 'onDate', 'note'] as const;
type StatusField = (typeof STATUS_FIELDS)[number];

function StatusForm({ tenant, current, onDone }: { tenant: TenantDetail; current: TenantStatus | null; onDone: () => void }) {
  const t = useT();
  const [status, setStatus] = useState<TenantStatus>(current === 'open' || current === null ? 'suspended' : 'open');
  const [onDate, setOnDate] = useState(chinaToday());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<StatusField>>({ byField: {}, general: null });
  const save = async () => {
    setBusy(true);
    try {
      await api.call('tenant.setStatus', { id: tenant.id, status, onDate: onDate.trim(), ...(note.trim() ? { note: note.trim() } : {}) });
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, STATUS_FIELDS, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={10}>
      <SegmentedControl
        size="xs"
        value={status}
        onChange={(v) => {
          const s = TENANT_STATUSES.find((x) => x === v);
          if (s) setStatus(s);
        }}
        data={TENANT_STATUSES.map((s) => ({ value: s, label: t(`registers.recordStatus.${s}`) }))}
        data-testid="tenant-status-choice"
      />
      <TextInput size="xs" label={t('registers.field.onDate')} value={onDate} error={refusal.byField.onDate} onChange={(e) => setOnDate(e.currentTarget.value)} data-testid="tenant-status-date" />
      <TextInput size="xs" label={t('registers.field.note')} value={note} error={refusal.byField.note} onChange={(e) => setNote(e.currentTarget.value)} />
      {(refusal.general || refusal.byField.status) && (
        <Alert color="red" title={t('registers.saveFailed')}>
          {refusal.general ?? refusal.byField.status}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" color="orange" onClick={() => void save()} loading={busy} data-testid="tenant-status-save">
          {t('registers.save')}
        </Button>
      </Group>
    </Stack>
  );
}
