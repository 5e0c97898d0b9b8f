// 应用维护 · 事件分类: large categories (大类) and their subcategories (小类) with the time limit
// (处置时限), owner department and first dispatch of each. Editing a limit makes a new version
// in the core: a case keeps the limit it was given when it was reported.
import { Alert, Badge, Button, Group, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { CategoryNode, SubcategoryNode } from '../../shared/cases';
import { WORK_UNITS } from '../../shared/vocab/cases';
import { CASE_CLASSES } from '../../shared/domain';
import type { CategoryUpdateInput } from '../../shared/orgRegisters';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { RegisterFormModal, textOf, type FieldSpec, type FormValues } from '../registers/RegisterFormModal';
import { useRegisterChanged } from '../registers/useRegisterChanged';
import { HistoryModal, type HistoryTarget } from './HistoryModal';
import { useReferenceWords } from './useReferenceWords';

type Editing =
  | { kind: 'newLarge' }
  | { kind: 'large'; node: CategoryNode }
  | { kind: 'newSub'; parent: CategoryNode }
  | { kind: 'sub'; node: SubcategoryNode; parent: CategoryNode }
  | null;

const DISPATCH = ['owner', 'territory'] as const;
const whole = (s: string) => (s === '' ? Number.NaN : Number(s));

export function CategoriesTab() {
  const t = useT();
  const changed = useRegisterChanged();
  const tree = useApiQuery('case.categories', {}, changed);
  const departments = useApiQuery('department.list', {}, changed);
  const words = useReferenceWords();
  const [editing, setEditing] = useState<Editing>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  if (tree.status === 'loading') return <Loader size="sm" />;
  if (tree.status === 'error') return <Alert color="red">{errorMessage(tree.error, t)}</Alert>;
  const owners = departments.status === 'ok' ? departments.data.departments.filter((d) => d.deactivatedOn === null).map((d) => ({ value: String(d.id), label: d.name })) : [];
  const close = () => setEditing(null);
  const limitText = (s: SubcategoryNode) => `${s.limitValue} ${t(`workUnit.${s.limitUnit}`)}`;

  return (
    <>
      <Group justify="space-between" mb={8}>
        <Text fz="sm" c="dimmed">
          {t('admin.categories.hint')}
        </Text>
        <Button size="xs" onClick={() => setEditing({ kind: 'newLarge' })} data-testid="category-new-large">
          {t('admin.categories.newLarge')}
        </Button>
      </Group>
      <ScrollArea h={560}>
        <Table fz="sm" striped={false} withTableBorder stickyHeader data-testid="category-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('admin.field.code')}</Table.Th>
              <Table.Th>{t('admin.field.name')}</Table.Th>
              <Table.Th w={120}>{t('admin.field.limit')}</Table.Th>
              <Table.Th w={200}>{t('admin.field.owner')}</Table.Th>
              <Table.Th w={120}>{t('admin.field.dispatchTo')}</Table.Th>
              <Table.Th w={240} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tree.data.map((c) => (
              <Fragment key={c.id}>
                <Table.Tr bg="gray.0" data-testid="category-large" data-code={c.code}>
                  <Table.Td fw={600}>{c.code}</Table.Td>
                  <Table.Td fw={600}>
                    {c.name}{' '}
                    <Badge size="xs" variant="light" ml={6}>
                      {t(`caseClass.${c.caseClass}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td colSpan={3} c="dimmed">
                    {t('admin.categories.subCount', { count: c.children.length })}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'large', node: c })} data-testid="category-edit">
                        {t('registers.edit')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'newSub', parent: c })} data-testid="category-new-sub">
                        {t('admin.categories.newSub')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setHistory({ kind: 'caseCategory', id: c.id, title: t('admin.historyOf', { name: c.name }) })} data-testid="category-history">
                        {t('registers.history')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {c.children.map((s) => (
                  <Table.Tr key={s.id} data-testid="category-sub" data-code={s.code}>
                    <Table.Td pl={24}>{s.code}</Table.Td>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td data-testid="category-limit">{limitText(s)}</Table.Td>
                    <Table.Td>{s.ownerDepartmentName ?? '—'}</Table.Td>
                    <Table.Td>{t(`admin.dispatchTo.${s.dispatchTo}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'sub', node: s, parent: c })} data-testid="category-edit">
                          {t('registers.edit')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setHistory({ kind: 'caseCategory', id: s.id, title: t('admin.historyOf', { name: s.name }) })} data-testid="category-history">
                          {t('registers.history')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <CategoryForm editing={editing} owners={owners} onClose={close} />
      <HistoryModal target={history} onClose={() => setHistory(null)} valueWords={words} />
    </>
  );
}

function CategoryForm({ editing, owners, onClose }: { editing: Editing; owners: { value: string; label: string }[]; onClose: () => void }) {
  const t = useT();
  const sub = editing?.kind === 'sub' || editing?.kind === 'newSub';
  const fields: FieldSpec[] = [
    ...(editing?.kind === 'newLarge' || editing?.kind === 'newSub' ? [{ name: 'code', kind: 'text' as const, label: t('admin.field.code'), placeholder: editing.kind === 'newSub' ? `${editing.parent.code}…` : '', testId: 'category-code' }] : []),
    { name: 'name', kind: 'text', label: t('admin.field.name'), testId: 'category-name' },
    ...(editing?.kind === 'newLarge' ? [{ name: 'caseClass', kind: 'segmented' as const, label: t('admin.field.caseClass'), options: CASE_CLASSES.map((c) => ({ value: c, label: t(`caseClass.${c}`) })), testId: 'category-class' }] : []),
    ...(sub
      ? [
          { name: 'limitValue', kind: 'number' as const, label: t('admin.field.limitValue'), min: 1, max: 999, testId: 'category-limit-value' },
          { name: 'limitUnit', kind: 'segmented' as const, label: t('admin.field.limitUnit'), options: WORK_UNITS.map((u) => ({ value: u, label: t(`workUnit.${u}`) })), testId: 'category-limit-unit' },
          { name: 'ownerDepartmentId', kind: 'select' as const, label: t('admin.field.owner'), options: owners, clearable: true, searchable: true, testId: 'category-owner' },
          { name: 'dispatchTo', kind: 'segmented' as const, label: t('admin.field.dispatchTo'), options: DISPATCH.map((d) => ({ value: d, label: t(`admin.dispatchTo.${d}`) })), testId: 'category-dispatch' },
        ]
      : []),
  ];
  const initial: FormValues =
    editing?.kind === 'sub'
      ? { name: editing.node.name, limitValue: String(editing.node.limitValue), limitUnit: editing.node.limitUnit, ownerDepartmentId: editing.node.ownerDepartmentId === null ? null : String(editing.node.ownerDepartmentId), dispatchTo: editing.node.dispatchTo }
      : editing?.kind === 'large'
        ? { name: editing.node.name }
        : editing?.kind === 'newSub'
          ? { code: editing.parent.code, name: '', limitValue: '5', limitUnit: 'work_day', ownerDepartmentId: null, dispatchTo: editing.parent.caseClass === 'component' ? 'owner' : 'territory' }
          : { code: '', name: '', caseClass: 'event' };
  const submit = async (v: FormValues) => {
    const unit = WORK_UNITS.find((u) => u === textOf(v, 'limitUnit'));
    const dispatchTo = DISPATCH.find((d) => d === textOf(v, 'dispatchTo'));
    const owner = textOf(v, 'ownerDepartmentId') === '' ? null : Number(textOf(v, 'ownerDepartmentId'));
    if (editing?.kind === 'newLarge') {
      const caseClass = CASE_CLASSES.find((c) => c === textOf(v, 'caseClass')) ?? 'event';
      await api.call('caseCategory.create', { code: textOf(v, 'code'), name: textOf(v, 'name'), caseClass });
    } else if (editing?.kind === 'newSub') {
      await api.call('caseCategory.create', { parentId: editing.parent.id, code: textOf(v, 'code'), name: textOf(v, 'name'), limitValue: whole(textOf(v, 'limitValue')), ...(unit ? { limitUnit: unit } : {}), ownerDepartmentId: owner, ...(dispatchTo ? { dispatchTo } : {}) });
    } else if (editing?.kind === 'large') {
      if (textOf(v, 'name') !== editing.node.name) await api.call('caseCategory.update', { id: editing.node.id, name: textOf(v, 'name') });
    } else if (editing?.kind === 'sub') {
      // Only what changed: an unchanged limit must not make a new version.
      const n = editing.node;
      const input: CategoryUpdateInput = { id: n.id };
      if (textOf(v, 'name') !== n.name) input.name = textOf(v, 'name');
      if (whole(textOf(v, 'limitValue')) !== n.limitValue) input.limitValue = whole(textOf(v, 'limitValue'));
      if (unit && unit !== n.limitUnit) input.limitUnit = unit;
      if (owner !== n.ownerDepartmentId) input.ownerDepartmentId = owner;
      if (dispatchTo && dispatchTo !== n.dispatchTo) input.dispatchTo = dispatchTo;
      if (Object.keys(input).length > 1) await api.call('caseCategory.update', input);
    }
  };
  const title =
    editing?.kind === 'newLarge'
      ? t('admin.categories.newLarge')
      : editing?.kind === 'newSub'
        ? t('admin.categories.newSubTitle', { parent: editing.parent.name })
        : editing
          ? t('admin.categories.editTitle', { name: editing.node.name })
          : '';
  return (
    <RegisterFormModal
      opened={editing !== null}
      onClose={onClose}
      title={title}
      testId="category-form"
      cols={sub ? 2 : 1}
      fields={fields}
      initial={initial}
      submit={submit}
      note={sub ? t('admin.categories.versionNote') : undefined}
      saveTestId="category-save"
    />
  );
}
