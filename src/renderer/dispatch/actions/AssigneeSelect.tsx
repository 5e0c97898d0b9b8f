// A searchable choice of handler: staff and departments in two groups, each with what
// they do and how many open cases they already hold.
import { Group, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Assignee, AssigneeOption } from '../../../shared/cases';
import { useT } from '../../i18n/LocaleProvider';
import { AssigneeDetail } from '../../i18n/Vocabulary';
import { assigneeKey, parseAssigneeKey } from './useAssignees';

interface Props {
  options: AssigneeOption[] | null;
  value: Assignee | null;
  onChange: (value: Assignee | null) => void;
  label?: string;
  placeholder?: string;
  error?: string | undefined;
  testId?: string;
  w?: number | string;
  /** Leave departments or staff out (会商联办 co-departments are departments only). */
  kinds?: ReadonlyArray<Assignee['kind']>;
}

export function AssigneeSelect({ options, value, onChange, label, placeholder, error, testId, w, kinds = ['staff', 'department'] }: Props) {
  const t = useT();
  const byKey = useMemo(() => new Map((options ?? []).map((o) => [assigneeKey(o), o])), [options]);
  const data = useMemo(
    () =>
      kinds.map((kind) => ({
        group: t(`assigneeKind.${kind}`),
        items: (options ?? []).filter((o) => o.kind === kind).map((o) => ({ value: assigneeKey(o), label: o.name })),
      })),
    [options, kinds, t],
  );
  return (
    <Select
      size="xs"
      w={w}
      label={label}
      placeholder={options ? placeholder : t('common.loading')}
      data={data}
      value={value ? assigneeKey(value) : null}
      onChange={(key) => onChange(parseAssigneeKey(key))}
      searchable
      clearable
      nothingFoundMessage={t('search.noResults')}
      error={error}
      data-testid={testId}
      maxDropdownHeight={320}
      comboboxProps={{ width: 340, position: 'bottom-start' }}
      renderOption={({ option }) => {
        const o = byKey.get(option.value);
        return (
          <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
            <div style={{ minWidth: 0 }}>
              <Text fz="sm" lh={1.3} truncate data-field="">
                {option.label}
              </Text>
              {o && (
                <Text fz="xs" c="dimmed" lh={1.3} truncate>
                  <AssigneeDetail option={o} />
                </Text>
              )}
            </div>
            {o && (
              <Text fz="xs" c={o.openWorkload >= 10 ? 'orange.8' : 'dimmed'} style={{ flex: 'none' }} className="tabular">
                {t('assignee.workload', { count: o.openWorkload })}
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
