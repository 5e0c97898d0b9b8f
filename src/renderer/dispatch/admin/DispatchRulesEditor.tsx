// 派遣规则: "cases of this category in this area go to this handler". The core consults
// them before its own rule of thumb (部件先属主, 事件先属地) when it suggests a handler.
import { ActionIcon, Alert, Badge, Button, Cascader, Group, Paper, Popover, Select, Stack, Switch, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Assignee, DispatchRuleView } from '../../../shared/cases';
import type { MapBase } from '../../../shared/views';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useLocale } from '../../i18n/LocaleProvider';
import { AssigneeDetail, categoryLabel, DataField } from '../../i18n/Vocabulary';
import { AssigneeSelect } from '../actions/AssigneeSelect';
import { formErrors, NO_ERRORS, type FormErrors } from '../actions/fieldErrors';
import { useAssignees } from '../actions/useAssignees';
import { categoryIdOf, filterOptions, filterPath } from '../categoryOptions';
import { useCategories } from '../useCategories';

interface Draft {
  id: number | null;
  categoryId: number | null;
  communityId: number | null;
  gridId: number | null;
  assignee: Assignee | null;
  enabled: boolean;
  note: string;
}

const EMPTY: Draft = { id: null, categoryId: null, communityId: null, gridId: null, assignee: null, enabled: true, note: '' };

function draftOf(r: DispatchRuleView): Draft {
  return { id: r.id, categoryId: r.categoryId, communityId: r.communityId, gridId: r.gridId, assignee: { kind: r.assignee.kind, id: r.assignee.id }, enabled: r.enabled, note: r.note };
}

function inputOf(d: Draft) {
  return {
    ...(d.id !== null ? { id: d.id } : {}),
    ...(d.categoryId !== null ? { categoryId: d.categoryId } : {}),
    ...(d.communityId !== null ? { communityId: d.communityId } : {}),
    ...(d.gridId !== null ? { gridId: d.gridId } : {}),
    // The schema refuses a missing assignee; the form shows that refusal next to the field.
    assignee: d.assignee ?? { kind: 'staff' as const, id: 0 },
    enabled: d.enabled,
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
  };
}

export function DispatchRulesEditor({ base }: { base: MapBase | null }) {
  const { t, tOpen } = useLocale();
  const [rules, setRules] = useState<DispatchRuleView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setRules(await api.call('dispatchRule.list', {}));
      setLoadError(null);
    } catch (e) {
      setLoadError(errorMessage(e, t));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (key: string, d: Draft): Promise<boolean> => {
    if (!d.assignee) {
      setErrors({ fields: { assignee: t('fieldError.assignee') }, general: null, technical: null });
      return false;
    }
    setBusy(key);
    setErrors(NO_ERRORS);
    try {
      await api.call('dispatchRule.save', inputOf(d));
      await load();
      return true;
    } catch (e) {
      setErrors(formErrors(e, t, tOpen, ['categoryId', 'communityId', 'gridId', 'assignee', 'note']));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const remove = async (id: number) => {
    setBusy(`delete-${id}`);
    try {
      await api.call('dispatchRule.delete', { id });
      await load();
    } catch (e) {
      setLoadError(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap={10} data-testid="rules-editor">
      <Group justify="space-between">
        <Text fz="xs" c="dimmed">
          {t('rules.hint')}
        </Text>
        <Button
          size="xs"
          onClick={() => {
            setErrors(NO_ERRORS);
            setDraft(EMPTY);
          }}
          data-testid="rules-add"
        >
          {t('rules.add')}
        </Button>
      </Group>
      {draft && (
        <RuleForm
          base={base}
          draft={draft}
          errors={errors}
          busy={busy === 'form'}
          onChange={setDraft}
          onCancel={() => setDraft(null)}
          onSave={async () => {
            if (await save('form', draft)) setDraft(null);
          }}
        />
      )}
      {loadError && (
        <Alert color="red" p={8}>
          {loadError}
        </Alert>
      )}
      <div style={{ maxHeight: 420, overflow: 'auto' }}>
        <Table stickyHeader verticalSpacing={4} fz="sm" data-testid="rules-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rules.category')}</Table.Th>
              <Table.Th>{t('rules.area')}</Table.Th>
              <Table.Th>{t('rules.assignee')}</Table.Th>
              <Table.Th w={70}>{t('rules.enabled')}</Table.Th>
              <Table.Th>{t('rules.note')}</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text fz="sm" c="dimmed">
                    {t('rules.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rules?.map((r) => (
              <Table.Tr key={r.id} data-testid="rules-row" data-rule-id={r.id} style={{ opacity: r.enabled ? 1 : 0.55 }}>
                <Table.Td data-testid="rules-row-category">{r.categoryCode !== null ? categoryLabel(tOpen, r.categoryCode, r.categoryName ?? r.categoryCode) : t('rules.anyCategory')}</Table.Td>
                <Table.Td>{r.areaName !== null ? <DataField>{r.areaName}</DataField> : t('rules.wholeStreet')}</Table.Td>
                <Table.Td>
                  <Text fz="sm">
                    <DataField>{r.assignee.name}</DataField>
                  </Text>
                  <Text fz="xs" c="dimmed">
                    <AssigneeDetail option={r.assignee} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Switch size="xs" checked={r.enabled} onChange={(e) => void save(`toggle-${r.id}`, { ...draftOf(r), enabled: e.currentTarget.checked })} aria-label={t('rules.enabled')} data-testid="rules-enabled" />
                </Table.Td>
                <Table.Td>
                  <DataField>{r.note}</DataField>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => {
                        setErrors(NO_ERRORS);
                        setDraft(draftOf(r));
                      }}
                      data-testid="rules-edit"
                    >
                      {t('rules.edit')}
                    </Button>
                    <DeleteButton busy={busy === `delete-${r.id}`} onConfirm={() => void remove(r.id)} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

function DeleteButton({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) {
  const { t } = useLocale();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="left" withArrow shadow="md">
      <Popover.Target>
        <Tooltip label={t('rules.delete')}>
          <ActionIcon size="sm" variant="subtle" color="red" loading={busy} onClick={() => setOpened((o) => !o)} aria-label={t('rules.delete')} data-testid="rules-delete">
            ×
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={8}>
        <Group gap={6}>
          <Text fz="sm">{t('rules.deleteConfirm')}</Text>
          <Button
            size="compact-xs"
            color="red"
            onClick={() => {
              setOpened(false);
              onConfirm();
            }}
            data-testid="rules-delete-confirm"
          >
            {t('rules.delete')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

interface FormProps {
  base: MapBase | null;
  draft: Draft;
  errors: FormErrors;
  busy: boolean;
  onChange: (d: Draft) => void;
  onCancel: () => void;
  onSave: () => Promise<void>;
}

function RuleForm({ base, draft, errors, busy, onChange, onCancel, onSave }: FormProps) {
  const { t } = useLocale();
  const tree = useCategories();
  const { options } = useAssignees(draft.gridId);
  const categories = useMemo(() => (tree ? filterOptions(tree, (c) => t(`caseClass.${c}`)) : []), [tree, t]);
  const communities = useMemo(() => (base?.communities.features ?? []).map((f) => ({ value: f.properties.id, label: f.properties.name })), [base]);
  const grids = useMemo(
    () =>
      (base?.grids.features ?? [])
        .filter((f) => draft.communityId === null || f.properties.communityId === draft.communityId)
        .map((f) => ({ value: f.properties.id, label: `${f.properties.name} · ${f.properties.communityName}` })),
    [base, draft.communityId],
  );
  return (
    <Paper withBorder p={10} bg="gray.0" data-testid="rules-form">
      <Stack gap={8}>
        <Group gap={8} align="flex-start" grow>
          <Cascader
            size="xs"
            label={t('rules.category')}
            placeholder={t('rules.anyCategory')}
            data={categories}
            value={tree ? filterPath(tree, draft.categoryId) : null}
            onChange={(path) => onChange({ ...draft, categoryId: categoryIdOf(path) })}
            changeOnSelect
            closeOnSelect
            expandTrigger="hover"
            searchable
            clearable
            separator=" / "
            error={errors.fields.categoryId}
            data-testid="rules-category"
          />
          <Select<number>
            size="xs"
            label={t('rules.community')}
            placeholder={t('rules.wholeStreet')}
            data={communities}
            value={draft.communityId}
            onChange={(v) => onChange({ ...draft, communityId: v, gridId: null })}
            clearable
            searchable
            error={errors.fields.communityId}
            data-testid="rules-community"
          />
          <Select<number>
            size="xs"
            label={t('rules.grid')}
            placeholder={t('rules.anyGrid')}
            data={grids}
            value={draft.gridId}
            onChange={(v) => onChange({ ...draft, gridId: v })}
            clearable
            searchable
            error={errors.fields.gridId}
            data-testid="rules-grid"
          />
        </Group>
        <Group gap={8} align="flex-end">
          <AssigneeSelect options={options} value={draft.assignee} onChange={(a) => onChange({ ...draft, assignee: a })} label={t('rules.assignee')} placeholder={t('bulk.assignee')} error={errors.fields.assignee} testId="rules-assignee" w={260} />
          <TextInput size="xs" label={t('rules.note')} value={draft.note} onChange={(e) => onChange({ ...draft, note: e.currentTarget.value })} error={errors.fields.note} style={{ flex: 1 }} data-testid="rules-note" />
          <Switch size="sm" mb={4} label={t('rules.enabled')} checked={draft.enabled} onChange={(e) => onChange({ ...draft, enabled: e.currentTarget.checked })} />
        </Group>
        {errors.general && (
          <Alert color="red" p={8}>
            {errors.general}
          </Alert>
        )}
        <Group justify="flex-end" gap={6}>
          {draft.id !== null && (
            <Badge variant="light" color="gray" mr="auto">
              {t('rules.editing', { id: draft.id })}
            </Badge>
          )}
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" loading={busy} onClick={() => void onSave()} data-testid="rules-save">
            {t('rules.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
