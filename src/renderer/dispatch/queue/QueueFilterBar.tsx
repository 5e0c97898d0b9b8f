// The filters above the queue: search (/ focuses it), category, source, status, community,
// grid and the reporting-date range. Every change goes to case.queue at once.
import { Button, Cascader, CloseButton, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useMemo, type RefObject } from 'react';
import { CASE_SOURCES, CASE_STATUSES, type CaseSource, type CaseStatus } from '../../../shared/domain';
import type { MapBase } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { categoryIdOf, filterOptions, filterPath } from '../categoryOptions';
import { useCategories } from '../useCategories';
import { hasNarrowing, type QueueFilters } from './queueFilters';
import { officeNow } from '../../session/officeClock';

interface Props {
  filters: QueueFilters;
  base: MapBase | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (patch: Partial<QueueFilters>) => void;
  onReset: () => void;
}

export function QueueFilterBar({ filters, base, searchRef, onChange, onReset }: Props) {
  const t = useT();
  const tree = useCategories();
  const communities = useMemo(
    () => (base?.communities.features ?? []).map((f) => ({ value: f.properties.id, label: f.properties.name })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    [base],
  );
  const grids = useMemo(
    () =>
      (base?.grids.features ?? [])
        .filter((f) => filters.communityId === null || f.properties.communityId === filters.communityId)
        .map((f) => ({ value: f.properties.id, label: `${f.properties.name} · ${f.properties.communityName}` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    [base, filters.communityId],
  );
  const categoryData = useMemo(() => (tree ? filterOptions(tree, (c) => t(`caseClass.${c}`)) : []), [tree, t]);

  return (
    <Group gap={6} wrap="wrap" data-testid="queue-filters">
      <TextInput
        ref={searchRef}
        size="xs"
        w={236}
        value={filters.q}
        placeholder={t('queue.searchPlaceholder')}
        aria-label={t('queue.search')}
        data-testid="queue-search"
        onChange={(e) => onChange({ q: e.currentTarget.value })}
        onKeyDown={(e) => {
          // Esc leaves the field for the queue (so j/k work again); a second Esc closes the pane.
          if (e.key === 'Escape') e.currentTarget.blur();
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
        leftSection={<span style={{ fontSize: 12, color: 'var(--mantine-color-gray-6)' }}>/</span>}
        rightSection={filters.q ? <CloseButton size="xs" aria-label={t('common.clear')} onClick={() => onChange({ q: '' })} /> : null}
      />
      <Cascader
        size="xs"
        w={190}
        data={categoryData}
        value={tree ? filterPath(tree, filters.categoryId) : null}
        onChange={(path) => onChange({ categoryId: categoryIdOf(path) })}
        changeOnSelect
        closeOnSelect
        expandTrigger="hover"
        searchable
        clearable
        placeholder={t('queue.filter.category')}
        aria-label={t('queue.filter.category')}
        data-testid="queue-filter-category"
        separator=" / "
        columnWidth={170}
      />
      <Select<CaseSource>
        size="xs"
        w={118}
        data={CASE_SOURCES.map((s) => ({ value: s, label: t(`caseSource.${s}`) }))}
        value={filters.source}
        onChange={(v) => onChange({ source: v })}
        clearable
        placeholder={t('queue.filter.source')}
        aria-label={t('queue.filter.source')}
        data-testid="queue-filter-source"
      />
      <MultiSelect
        size="xs"
        w={filters.statuses.length > 1 ? 230 : 150}
        data={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
        value={filters.statuses}
        onChange={(v) => onChange({ statuses: v as CaseStatus[] })}
        clearable
        placeholder={filters.statuses.length ? undefined : t('queue.filter.status')}
        aria-label={t('queue.filter.status')}
        data-testid="queue-filter-status"
      />
      <Select<number>
        size="xs"
        w={128}
        data={communities}
        value={filters.communityId}
        onChange={(v) => onChange({ communityId: v, gridId: null })}
        clearable
        searchable
        placeholder={t('queue.filter.community')}
        aria-label={t('queue.filter.community')}
        data-testid="queue-filter-community"
      />
      <Select<number>
        size="xs"
        w={170}
        data={grids}
        value={filters.gridId}
        onChange={(v) => onChange({ gridId: v })}
        clearable
        searchable
        placeholder={t('queue.filter.grid')}
        aria-label={t('queue.filter.grid')}
        data-testid="queue-filter-grid"
      />
      <DatePickerInput
        type="range"
        size="xs"
        w={220}
        value={[filters.from || null, filters.to || null]}
        onChange={([from, to]) => onChange({ from: from ?? '', to: to ?? '' })}
        valueFormat="YYYY-MM-DD"
        allowSingleDateInRange
        clearable
        placeholder={t('queue.filter.dates')}
        aria-label={t('queue.filter.dates')}
        data-testid="queue-filter-dates"
        maxDate={new Date(officeNow())}
      />
      {hasNarrowing(filters) && (
        <Button size="xs" variant="subtle" color="gray" onClick={onReset} data-testid="queue-filter-reset">
          {t('queue.filter.reset')}
        </Button>
      )}
    </Group>
  );
}
