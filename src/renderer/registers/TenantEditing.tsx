// The tenant drawer's editing (administrators and community staff, as for residents):
// 编辑 (name, category, employees, credit grade, phone) sends only the fields that changed,
// 迁址 moves it to another building and floor (tenant.move), and 营业 / 歇业 / 注销 sets the
// status on a day (tenant.setStatus). The tenant's status now comes from its record history,
// which the detail view does not carry.
import { Badge, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { CREDIT_GRADES } from '../../shared/domain';
import type { TenantUpdateInput } from '../../shared/registers';
import { TENANT_CATEGORIES, TENANT_STATUSES, type TenantStatus } from '../../shared/vocab/registers';
import type { TenantDetail } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { chinaToday } from './chinaToday';
import { RegisterFormModal, textOf, type FormValues } from './RegisterFormModal';
import { buildingOption, searchBuildings } from './registerLookups';
import { canEditRegisters } from './registerRoles';
import { useRegisterChanged } from './useRegisterChanged';

type Open = 'edit' | 'status' | 'move' | null;

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
          <Button size="compact-xs" variant="light" onClick={() => setOpen('move')} data-testid="tenant-move">
            {t('registerEdit.tenant.move')}
          </Button>
          <Button size="compact-xs" variant="light" color="orange" onClick={() => setOpen('status')} data-testid="tenant-status-open">
            {t('registers.tenant.setStatus')}
          </Button>
        </Group>
      )}
      <EditForm tenant={tenant} opened={open === 'edit'} onClose={close} />
      <MoveForm tenant={tenant} opened={open === 'move'} onClose={close} />
      <StatusForm tenant={tenant} current={status} opened={open === 'status'} onClose={close} />
    </Group>
  );
}

interface FormProps {
  tenant: TenantDetail;
  opened: boolean;
  onClose: () => void;
}

function EditForm({ tenant, opened, onClose }: FormProps) {
  const t = useT();
  // A category outside today's list (an older register's word) stays choosable as it is.
  const categories = (TENANT_CATEGORIES as readonly string[]).includes(tenant.category) ? [...TENANT_CATEGORIES] : [tenant.category, ...TENANT_CATEGORIES];
  const submit = async (v: FormValues) => {
    // Only what changed: an unchanged (possibly masked) phone is never sent back.
    const input: TenantUpdateInput = { id: tenant.id };
    if (textOf(v, 'name') !== tenant.name) input.name = textOf(v, 'name');
    const cat = TENANT_CATEGORIES.find((c) => c === textOf(v, 'category'));
    if (cat && cat !== tenant.category) input.category = cat;
    const employees = textOf(v, 'employees');
    if (Number(employees) !== tenant.employees) input.employees = employees === '' ? Number.NaN : Number(employees);
    const grade = CREDIT_GRADES.find((g) => g === textOf(v, 'creditGrade'));
    if (grade && grade !== tenant.creditGrade) {
      input.creditGrade = grade;
      if (textOf(v, 'gradeNote')) input.gradeNote = textOf(v, 'gradeNote');
    }
    if (textOf(v, 'phone') !== tenant.phone) input.phone = textOf(v, 'phone');
    if (Object.keys(input).length > 1) await api.call('tenant.update', input);
  };
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registers.tenant.editTitle', { name: tenant.name })}
      testId="tenant-edit-form"
      fields={[
        { name: 'name', kind: 'text', label: t('registers.tenant.name'), testId: 'tenant-name' },
        { name: 'category', kind: 'select', label: t('registers.tenant.category'), options: categories.map((c) => ({ value: c, label: c })), testId: 'tenant-category' },
        { name: 'employees', kind: 'number', label: t('registers.tenant.employees'), min: 0, testId: 'tenant-employees' },
        { name: 'creditGrade', kind: 'select', label: t('registers.tenant.creditGrade'), options: CREDIT_GRADES.map((g) => ({ value: g, label: t(`creditGrade.${g}`) })), testId: 'tenant-grade' },
        { name: 'gradeNote', kind: 'text', label: t('registers.tenant.gradeNote'), testId: 'tenant-grade-note', shown: (v) => textOf(v, 'creditGrade') !== tenant.creditGrade },
        { name: 'phone', kind: 'text', label: t('registers.field.phone'), testId: 'tenant-phone' },
      ]}
      initial={{ name: tenant.name, category: tenant.category, employees: String(tenant.employees), creditGrade: tenant.creditGrade, gradeNote: '', phone: tenant.phone }}
      submit={submit}
      saveTestId="tenant-save"
    />
  );
}

function MoveForm({ tenant, opened, onClose }: FormProps) {
  const t = useT();
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registerEdit.tenant.moveTitle', { name: tenant.name })}
      testId="tenant-move-form"
      fields={[
        { name: 'from', kind: 'readonly', label: t('registerEdit.tenant.from'), testId: 'tenant-move-from' },
        { name: 'buildingId', kind: 'lookup', label: t('registerEdit.tenant.toBuilding'), placeholder: t('registerEdit.searchBuilding'), search: searchBuildings, initialOptions: [buildingOption(tenant.building)], testId: 'tenant-move-building' },
        { name: 'floor', kind: 'number', label: t('registerEdit.field.floor'), min: -5, max: 200, testId: 'tenant-move-floor' },
      ]}
      initial={{ from: `${tenant.building.name} · ${t('detail.floorN', { floor: tenant.floor })}`, buildingId: String(tenant.building.id), floor: String(tenant.floor) }}
      submit={(v) => api.call('tenant.move', { id: tenant.id, buildingId: Number(textOf(v, 'buildingId')), floor: textOf(v, 'floor') === '' ? Number.NaN : Number(textOf(v, 'floor')) })}
      note={t('registerEdit.tenant.moveNote')}
      saveTestId="tenant-move-save"
    />
  );
}

function StatusForm({ tenant, current, opened, onClose }: FormProps & { current: TenantStatus | null }) {
  const t = useT();
  const submit = async (v: FormValues) => {
    const status = TENANT_STATUSES.find((s) => s === textOf(v, 'status')) ?? 'open';
    await api.call('tenant.setStatus', { id: tenant.id, status, onDate: textOf(v, 'onDate'), ...(textOf(v, 'note') ? { note: textOf(v, 'note') } : {}) });
  };
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registers.tenant.statusTitle', { name: tenant.name })}
      testId="tenant-status-form"
      size={440}
      fields={[
        { name: 'status', kind: 'segmented', label: t('registers.field.recordStatus'), options: TENANT_STATUSES.map((s) => ({ value: s, label: t(`registers.recordStatus.${s}`) })), testId: 'tenant-status-choice' },
        { name: 'onDate', kind: 'date', label: t('registers.field.onDate'), testId: 'tenant-status-date' },
        { name: 'note', kind: 'text', label: t('registers.field.note') },
      ]}
      initial={{ status: current === 'open' || current === null ? 'suspended' : 'open', onDate: chinaToday(), note: '' }}
      submit={submit}
      saveColor="orange"
      saveTestId="tenant-status-save"
    />
  );
}
