// 考核指标 on the desk: the case-handling indicators of a period (本周/本月/上月/自定义),
// split by community, grid, department, handler or category, for the whole street or one
// community, with the definitions underneath. Clicking a community or grid row narrows the
// queue to it, so a low figure leads straight to the cases behind it.
import { Alert, Box, Center, Group, Loader, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { IndicatorQuery, IndicatorRow } from '../../../shared/indicators';
import type { MapBase } from '../../../shared/views';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { consoleColors } from '../../theme/consoleColors';
import { PeriodPicker } from '../period/PeriodPicker';
import { usePeriod } from '../period/usePeriod';
import type { DeskReports } from '../useDeskReports';
import { DESK_GROUP_BYS, nextSort, sortRows, splitTotal, type DeskGroupBy, type SortState } from './indicatorTable';
import { IndicatorTable } from './IndicatorTable';
import { useIndicators } from './useIndicators';

/** The desk asks only for the groupings it offers. */
type DeskQuery = IndicatorQuery & { groupBy: DeskGroupBy };

export type AreaPick = { kind: 'community' | 'grid'; id: number; label: string };

interface Props {
  reports: DeskReports;
  base: MapBase | null;
  onPickArea: (area: AreaPick) => void;
}

export function IndicatorsModal({ reports, base, onPickArea }: Props) {
  const t = useT();
  const opened = reports.open === 'indicators';
  // Not centred: the table's height changes with the grouping, and a centred modal would jump.
  return (
    <Modal opened={opened} onClose={() => reports.setOpen(null)} title={t('indicators.title')} size={1400} yOffset="6vh" data-testid="indicators-modal">
      {opened && <IndicatorsView reports={reports} base={base} onPickArea={onPickArea} />}
    </Modal>
  );
}

function IndicatorsView({ reports, base, onPickArea }: Props) {
  const t = useT();
  const { groupBy, communityId } = reports;
  const period = usePeriod(reports.period);
  const [sort, setSort] = useState<SortState | null>(null);
  const query: DeskQuery | null = period ? { from: period.from, to: period.to, groupBy, scope: communityId === null ? { kind: 'street' } : { kind: 'community', id: communityId } } : null;
  const state = useIndicators(query);
  const { groups, total } = useMemo(() => splitTotal(state.rows ?? []), [state.rows]);
  const sorted = useMemo(() => sortRows(groups, sort), [groups, sort]);
  const communities = useMemo(
    () => (base?.communities.features ?? []).map((f) => ({ value: f.properties.id, label: f.properties.name })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    [base],
  );
  const shownGroupBy = state.shown?.groupBy ?? groupBy;
  const pickable = shownGroupBy === 'community' || shownGroupBy === 'grid';
  const pick = (row: IndicatorRow) => {
    if (row.id !== null && (row.kind === 'community' || row.kind === 'grid')) onPickArea({ kind: row.kind, id: row.id, label: row.label });
  };

  return (
    <Stack gap={10}>
      <Group gap={16} wrap="wrap" align="center">
        <PeriodPicker choice={reports.period} period={period} onChange={reports.setPeriod} testId="indicators-period" />
        <Group gap={6} wrap="nowrap">
          <Text fz="xs" c="dimmed">
            {t('indicators.groupBy')}
          </Text>
          <SegmentedControl<DeskGroupBy>
            size="xs"
            data={DESK_GROUP_BYS.map((g) => ({ value: g, label: t(`indicators.groupBy.${g}`) }))}
            value={groupBy}
            onChange={(g) => {
              reports.setGroupBy(g);
              setSort(null);
            }}
            aria-label={t('indicators.groupBy')}
            data-testid="indicators-groupby"
          />
        </Group>
        <Group gap={6} wrap="nowrap">
          <Text fz="xs" c="dimmed">
            {t('indicators.scope')}
          </Text>
          <Select<number>
            size="xs"
            w={150}
            data={communities}
            value={communityId}
            onChange={reports.setCommunityId}
            clearable
            searchable
            placeholder={t('indicators.scope.street')}
            aria-label={t('indicators.scope')}
            data-testid="indicators-scope"
          />
        </Group>
        {state.loading && <Loader size={16} data-testid="indicators-loading" />}
        {query !== null && state.rows !== null && (
          <Text fz="xs" c="dimmed" ml="auto" className="tabular">
            {t('indicators.rowCount', { count: groups.length })}
          </Text>
        )}
      </Group>

      {state.error !== null && (
        <Alert color="red" title={t('indicators.loadFailed')} data-testid="indicators-error">
          {errorMessage(state.error, t)}
        </Alert>
      )}

      <Box
        data-testid="indicators-result"
        data-state={query === null ? 'no-period' : state.loading || state.rows === null ? 'loading' : 'ok'}
        data-from={state.shown?.from}
        data-to={state.shown?.to}
        data-group-by={state.shown?.groupBy}
        style={{ minHeight: 120, maxHeight: 'calc(100vh - 330px)', overflow: 'auto', border: `1px solid ${consoleColors.panelBorder}`, borderRadius: 4, opacity: state.loading ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        {query === null && (
          <Center h={120}>
            <Text fz="sm" c="orange.8" data-testid="indicators-pick-days">
              {t('period.pickDays')}
            </Text>
          </Center>
        )}
        {query !== null && state.rows === null && state.error === null && (
          <Center h={120}>
            <Loader size="sm" />
          </Center>
        )}
        {/* Without a period the last answer would be for another one: nothing is shown. */}
        {query !== null && state.rows !== null && (
          <IndicatorTable
            groups={sorted}
            total={total}
            groupBy={shownGroupBy}
            sort={sort}
            onSort={(key) => setSort((s) => nextSort(s, key))}
            onPick={pickable ? pick : null}
          />
        )}
        {query !== null && state.rows !== null && groups.length === 0 && (
          <Text fz="sm" c="dimmed" ta="center" py={24} data-testid="indicators-empty">
            {t('indicators.empty')}
          </Text>
        )}
      </Box>

      <Stack gap={2} data-testid="indicators-notes">
        <Text fz="xs" c="dimmed">
          {t('indicators.note.reported')}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('indicators.note.rates')}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('indicators.note.time')}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('indicators.lowOnTime')}
          {pickable && ` ${t('indicators.filterHint')}`}
        </Text>
      </Stack>
    </Stack>
  );
}
