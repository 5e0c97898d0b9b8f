// The indicators as a dense table: one row per group, figures right-aligned, every heading
// sortable, the 合计 row pinned at the bottom of the scroll, low on-time rates marked.
import { Table, Text, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { IndicatorRow } from '../../../shared/indicators';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import type { PlainMessageKey } from '../../i18n/messages';
import { consoleColors } from '../../theme/consoleColors';
import { formatIndicator, INDICATOR_COLUMNS, onTimeTone, type DeskGroupBy, type IndicatorColumn, type SortKey, type SortState } from './indicatorTable';

interface Props {
  groups: IndicatorRow[];
  total: IndicatorRow | null;
  groupBy: DeskGroupBy;
  sort: SortState | null;
  onSort: (key: SortKey) => void;
  /** Rows that narrow the queue when clicked (communities and grids); null = none do. */
  onPick: ((row: IndicatorRow) => void) | null;
}

/** Handler labels carry the grid ("吴俊刚（杨家坪社区第01网格）") and the kind: wider. */
const LABEL_WIDTH: Record<DeskGroupBy, number> = { community: 210, grid: 210, department: 240, handler: 290, category: 210 };
const FIGURE_WIDTH = 84;

const figureCell: CSSProperties = { textAlign: 'right', whiteSpace: 'nowrap' };
const totalCell: CSSProperties = { position: 'sticky', bottom: 0, background: '#f3f6fb', borderTop: `2px solid ${consoleColors.panelBorder}`, fontWeight: 700 };

const TONE_STYLE = {
  alert: { background: 'var(--mantine-color-red-0)', color: 'var(--mantine-color-red-8)', fontWeight: 700 },
  warn: { background: 'var(--mantine-color-orange-0)', color: 'var(--mantine-color-orange-9)', fontWeight: 600 },
} as const;

function SortHeading({ label, sortKey, sort, onSort, align }: { label: string; sortKey: SortKey; sort: SortState | null; onSort: (key: SortKey) => void; align: 'left' | 'right' }) {
  const t = useT();
  const active = sort?.key === sortKey ? sort.dir : null;
  return (
    <Table.Th aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'} style={{ textAlign: align, verticalAlign: 'bottom' }}>
      <UnstyledButton onClick={() => onSort(sortKey)} title={t('indicators.sortHint')} data-testid={`indicators-sort-${sortKey}`} style={{ fontSize: 12, fontWeight: 600, lineHeight: 1.3, color: active ? 'var(--mantine-color-command-7)' : 'var(--mantine-color-gray-7)', textAlign: align }}>
        {label}
        <span style={{ display: 'inline-block', width: 10, marginLeft: 2, fontSize: 9 }}>{active === 'asc' ? '▲' : active === 'desc' ? '▼' : ''}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function titleOf(row: IndicatorRow, column: IndicatorColumn, t: ReturnType<typeof useT>): string | undefined {
  switch (column.key) {
    case 'satisfaction':
      return row.evaluated ? t('indicators.satisfactionTitle', { stars: formatIndicator(row.satisfaction, 'stars'), rate: formatIndicator(row.satisfiedRate, 'rate'), count: row.evaluated }) : undefined;
    case 'deferRate':
      return row.due ? t('indicators.deferTitle', { count: row.deferred }) : undefined;
    case 'reworkRate':
      return row.due ? t('indicators.reworkTitle', { count: row.reworked }) : undefined;
    default:
      return undefined;
  }
}

function Figures({ row, extra }: { row: IndicatorRow; extra?: CSSProperties }) {
  const { t, locale } = useLocale();
  return (
    <>
      {INDICATOR_COLUMNS.map((c) => {
        const value = row[c.key];
        const tone = c.key === 'onTimeRate' ? onTimeTone(row.onTimeRate) : null;
        return (
          <Table.Td key={c.key} className="tabular" style={{ ...figureCell, ...extra, ...(tone ? TONE_STYLE[tone] : null) }} title={titleOf(row, c, t)} data-col={c.key} data-value={value ?? ''} data-tone={tone ?? undefined}>
            {formatIndicator(value, c.format, locale)}
          </Table.Td>
        );
      })}
    </>
  );
}

export function IndicatorTable({ groups, total, groupBy, sort, onSort, onPick }: Props) {
  const t = useT();
  const labelWidth = LABEL_WIDTH[groupBy];
  return (
    <Table layout="fixed" stickyHeader highlightOnHover={onPick !== null} verticalSpacing={5} horizontalSpacing={8} fz="sm" data-testid="indicators-table" style={{ minWidth: labelWidth + INDICATOR_COLUMNS.length * FIGURE_WIDTH }}>
      <colgroup>
        <col style={{ width: labelWidth }} />
        {INDICATOR_COLUMNS.map((c) => (
          <col key={c.key} style={{ width: FIGURE_WIDTH }} />
        ))}
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <SortHeading label={t(`indicators.groupBy.${groupBy}`)} sortKey="label" sort={sort} onSort={onSort} align="left" />
          {INDICATOR_COLUMNS.map((c) => (
            <SortHeading key={c.key} label={t(c.label)} sortKey={c.key} sort={sort} onSort={onSort} align="right" />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((r) => {
          const kindKey: PlainMessageKey | null = groupBy === 'handler' && (r.kind === 'staff' || r.kind === 'department') ? `assigneeKind.${r.kind}` : null;
          return (
            <Table.Tr
              key={r.key}
              data-testid="indicator-row"
              data-key={r.key}
              onClick={onPick ? () => onPick(r) : undefined}
              title={onPick ? t('indicators.filterRow', { name: r.label }) : undefined}
              style={onPick ? { cursor: 'pointer' } : undefined}
            >
              <Table.Td style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} title={r.label} data-col="label">
                {r.label}
                {kindKey && (
                  <Text span fz="xs" c="dimmed">
                    {' '}
                    · {t(kindKey)}
                  </Text>
                )}
              </Table.Td>
              <Figures row={r} />
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      {total && (
        <Table.Tfoot>
          <Table.Tr data-testid="indicator-total" data-key={total.key}>
            <Table.Td style={totalCell} data-col="label">
              {t('indicators.total')}
            </Table.Td>
            <Figures row={total} extra={totalCell} />
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}
