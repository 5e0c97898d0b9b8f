// 应用维护 · 部门: the departments cases are dispatched to, with the handler accounts working for
// each: add one, edit its name, kind and phone, give it a handler (the account then sees its
// cases), or take it out of dispatch (停用; its open cases stay with it). A department is never
// deleted: cases keep pointing at it.
import { Alert, Badge, Button, Group, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { DepartmentView } from '../../shared/orgRegisters';
import { DEPARTMENT_KINDS } from '../../shared/vocab/orgRegisters';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from '../registers/chinaToday';
import { RegisterFormModal, textOf, type FormValues } from '../registers/RegisterFormModal';
import { useRegisterChanged } from '../registers/useRegisterChanged';
import { HistoryModal, type HistoryTarget } from './HistoryModal';

type Editing = { kind: 'new' } | { kind: 'edit' | 'handler' | 'deactivate'; dept: DepartmentView } | null;

export function DepartmentsTab() {
  const t = useT();
  const list = useApiQuery('department.list', {}, useRegisterChanged());
  const [editing, setEditing] = useState<Editing>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  if (list.status === 'loading') return <Loader size="sm" />;
  if (list.status === 'error') return <Alert color="red">{errorMessage(list.error, t)}</Alert>;
  const close = () => setEditing(null);
  const kinds = DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`departmentKind.${k}`) }));
  const handlerOptions = (dept: DepartmentView) =>
    list.data.handlerAccounts
      .filter((h) => h.departmentId !== dept.id)
      .map((h) => ({ value: String(h.id), label: h.departmentId === null ? h.name : `${h.name} · ${list.data.departments.find((d) => d.id === h.departmentId)?.name ?? ''}` }));
  const submitEdit = async (v: FormValues) => {
    const kind = DEPARTMENT_KINDS.find((k) => k === textOf(v, 'kind'));
    if (editing?.kind === 'new') {
      await api.call('department.create', { code: textOf(v, 'code'), name: textOf(v, 'name'), kind: kind ?? 'street', phone: textOf(v, 'phone') });
    } else if (editing?.kind === 'edit') {
      const d = editing.dept;
      const input = {
        id: d.id,
        ...(textOf(v, 'name') !== d.name ? { name: textOf(v, 'name') } : {}),
        ...(kind && kind !== d.kind ? { kind } : {}),
        ...(textOf(v, 'phone') !== d.phone ? { phone: textOf(v, 'phone') } : {}),
      };
      if (Object.keys(input).length > 1) await api.call('department.update', input);
    }
  };
  const dept = editing && editing.kind !== 'new' ? editing.dept : null;
  return (
    <>
      <Group justify="space-between" mb={8}>
        <Text fz="sm" c="dimmed">
          {t('admin.departments.hint')}
        </Text>
        <Button size="xs" onClick={() => setEditing({ kind: 'new' })} data-testid="department-new">
          {t('admin.departments.new')}
        </Button>
      </Group>
      <ScrollArea h={560}>
        <Table fz="sm" withTableBorder stickyHeader data-testid="department-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>{t('admin.field.code')}</Table.Th>
              <Table.Th w={200}>{t('admin.field.name')}</Table.Th>
              <Table.Th w={120}>{t('admin.field.kind')}</Table.Th>
              <Table.Th w={130}>{t('registers.field.phone')}</Table.Th>
              <Table.Th>{t('admin.field.handlers')}</Table.Th>
              <Table.Th w={330} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.departments.map((d) => (
              <Table.Tr key={d.id} data-testid="department-row" data-code={d.code} c={d.deactivatedOn ? 'dimmed' : undefined}>
                <Table.Td>{d.code}</Table.Td>
                <Table.Td>
                  {d.name}
                  {d.deactivatedOn && (
                    <Badge size="xs" color="gray" ml={6}>
                      {t('admin.departments.deactivated', { date: d.deactivatedOn })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`departmentKind.${d.kind}`)}</Table.Td>
                <Table.Td className="tabular">{d.phone}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {d.handlers.length === 0 ? (
                      <Text fz="xs" c="dimmed">
                        —
                      </Text>
                    ) : (
                      d.handlers.map((h) => (
                        <Badge key={h.id} size="sm" variant="light" data-testid="department-handler">
                          {h.name}
                        </Badge>
                      ))
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {!d.deactivatedOn && (
                      <>
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'edit', dept: d })} data-testid="department-edit">
                          {t('registers.edit')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'handler', dept: d })} data-testid="department-assign">
                          {t('admin.departments.assign')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setEditing({ kind: 'deactivate', dept: d })} data-testid="department-deactivate">
                          {t('admin.departments.deactivate')}
                        </Button>
                      </>
                    )}
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setHistory({ kind: 'department', id: d.id, title: t('admin.historyOf', { name: d.name }) })} data-testid="department-history">
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
        opened={editing?.kind === 'new' || editing?.kind === 'edit'}
        onClose={close}
        title={dept ? t('admin.departments.editTitle', { name: dept.name }) : t('admin.departments.new')}
        testId="department-form"
        fields={[
          ...(editing?.kind === 'new' ? [{ name: 'code', kind: 'text' as const, label: t('admin.field.code'), testId: 'department-code' }] : []),
          { name: 'name', kind: 'text', label: t('admin.field.name'), testId: 'department-name' },
          { name: 'kind', kind: 'segmented', label: t('admin.field.kind'), options: kinds, testId: 'department-kind' },
          { name: 'phone', kind: 'text', label: t('registers.field.phone'), testId: 'department-phone' },
        ]}
        initial={dept ? { name: dept.name, kind: dept.kind, phone: dept.phone } : { code: '', name: '', kind: 'street', phone: '' }}
        submit={submitEdit}
        saveTestId="department-save"
      />
      <RegisterFormModal
        opened={editing?.kind === 'handler'}
        onClose={close}
        title={dept ? t('admin.departments.assignTitle', { name: dept.name }) : ''}
        testId="department-handler-form"
        fields={[{ name: 'userId', kind: 'select', label: t('admin.departments.handler'), options: dept ? handlerOptions(dept) : [], searchable: true, testId: 'department-handler-user' }]}
        initial={{ userId: null }}
        ready={(v) => textOf(v, 'userId') !== ''}
        submit={(v) => (dept ? api.call('department.assignHandler', { id: dept.id, userId: Number(textOf(v, 'userId')) }) : Promise.resolve())}
        note={t('admin.departments.assignNote')}
        saveTestId="department-handler-save"
      />
      <RegisterFormModal
        opened={editing?.kind === 'deactivate'}
        onClose={close}
        title={dept ? t('admin.departments.deactivateTitle', { name: dept.name }) : ''}
        testId="department-deactivate-form"
        size={440}
        fields={[
          { name: 'onDate', kind: 'date', label: t('registers.field.onDate'), testId: 'department-deactivate-date' },
          { name: 'note', kind: 'text', label: t('registers.field.note') },
        ]}
        initial={{ onDate: chinaToday(), note: '' }}
        submit={(v) => (dept ? api.call('department.deactivate', { id: dept.id, onDate: textOf(v, 'onDate'), ...(textOf(v, 'note') ? { note: textOf(v, 'note') } : {}) }) : Promise.resolve())}
        note={t('admin.departments.deactivateNote')}
        saveColor="red"
        saveTestId="department-deactivate-save"
      />
      <HistoryModal target={history} onClose={() => setHistory(null)} />
    </>
  );
}
