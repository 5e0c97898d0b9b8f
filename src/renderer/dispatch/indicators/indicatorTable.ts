// The indicators table's columns, cell text and sorting, kept apart from React so the rules
// (rates with one decimal, null as —, the 合计 row pinned, low on-time rates marked) are
// tested on their own.
import type { IndicatorGroupBy, IndicatorRow } from '../../../shared/indicators';
import { formatNumber } from '../../i18n/formatNumber';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import type { PlainMessageKey } from '../../i18n/messages';

export type IndicatorFormat = 'count' | 'rate' | 'hours' | 'stars';
export type IndicatorColumnKey = 'reported' | 'due' | 'closed' | 'closeRate' | 'closedOnTime' | 'onTimeRate' | 'reworkRate' | 'deferRate' | 'overdueOpen' | 'avgHandlingHours' | 'satisfaction';

export interface IndicatorColumn {
  key: IndicatorColumnKey;
  label: PlainMessageKey;
  format: IndicatorFormat;
}

/** In the order the assessment sheets read: volume, closing, quality, time, residents. */
export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  { key: 'reported', label: 'indicators.col.reported', format: 'count' },
  { key: 'due', label: 'indicators.col.due', format: 'count' },
  { key: 'closed', label: 'indicators.col.closed', format: 'count' },
  { key: 'closeRate', label: 'indicators.col.closeRate', format: 'rate' },
  { key: 'closedOnTime', label: 'indicators.col.closedOnTime', format: 'count' },
  { key: 'onTimeRate', label: 'indicators.col.onTimeRate', format: 'rate' },
  { key: 'reworkRate', label: 'indicators.col.reworkRate', format: 'rate' },
  { key: 'deferRate', label: 'indicators.col.deferRate', format: 'rate' },
  { key: 'overdueOpen', label: 'indicators.col.overdueOpen', format: 'count' },
  { key: 'avgHandlingHours', label: 'indicators.col.avgHandlingHours', format: 'hours' },
  { key: 'satisfaction', label: 'indicators.col.satisfaction', format: 'stars' },
];

/** The group-by choices the desk offers ('none' is the 合计 row alone, which every answer has anyway). */
export const DESK_GROUP_BYS = ['community', 'grid', 'department', 'handler', 'category'] as const satisfies readonly IndicatorGroupBy[];
export type DeskGroupBy = (typeof DESK_GROUP_BYS)[number];

export const NONE = '—';

/**
 * A figure with `digits` decimals, halves rounded up as Excel shows them in the ledger
 * (87.65% is 87.7%): the float noise below 12 significant digits is dropped first, since
 * 0.8765 × 100 is 87.64999… in binary.
 */
function fixed(value: number, digits: number, locale: Locale): string {
  const scale = 10 ** digits;
  return formatNumber(Math.round(Number((value * scale).toPrecision(12))) / scale, locale, digits);
}

export function formatIndicator(value: number | null, format: IndicatorFormat, locale: Locale = DEFAULT_LOCALE): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  switch (format) {
    case 'count':
      return formatNumber(value, locale);
    case 'rate':
      return `${fixed(value * 100, 1, locale)}%`;
    case 'hours':
      return fixed(value, 1, locale);
    case 'stars':
      return fixed(value, 2, locale);
  }
}

/**
 * On-time close rates below the usual 数字城管 assessment line (90%) are marked; below 80%
 * they are marked as serious. A null rate (nothing fell due) is not low.
 */
export const ON_TIME_WARN = 0.9;
export const ON_TIME_ALERT = 0.8;
export type RateTone = 'alert' | 'warn' | null;

export function onTimeTone(rate: number | null): RateTone {
  if (rate === null) return null;
  if (rate < ON_TIME_ALERT) return 'alert';
  if (rate < ON_TIME_WARN) return 'warn';
  return null;
}

export type SortKey = IndicatorColumnKey | 'label';
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** The group rows and the 合计 row (the core puts it last; found by kind, not position). */
export function splitTotal(rows: readonly IndicatorRow[]): { groups: IndicatorRow[]; total: IndicatorRow | null } {
  return { groups: rows.filter((r) => r.kind !== 'total'), total: rows.find((r) => r.kind === 'total') ?? null };
}

/**
 * Group rows in the chosen order; null keeps the core's order. Empty values (—) sort last
 * either way, so a "worst first" sort is not topped by groups with nothing due.
 */
export function sortRows(groups: readonly IndicatorRow[], sort: SortState | null): IndicatorRow[] {
  if (!sort) return [...groups];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = sort.key;
  if (key === 'label') return [...groups].sort((a, b) => sign * a.label.localeCompare(b.label, 'zh-CN', { numeric: true }));
  return [...groups].sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb) || a.label.localeCompare(b.label, 'zh-CN', { numeric: true });
  });
}

/** A click on a column heading: first descending for figures (largest first), ascending for names; again flips; a third time restores the core's order. */
export function nextSort(current: SortState | null, key: SortKey): SortState | null {
  const first: SortState['dir'] = key === 'label' ? 'asc' : 'desc';
  if (!current || current.key !== key) return { key, dir: first };
  if (current.dir === first) return { key, dir: first === 'asc' ? 'desc' : 'asc' };
  return null;
}
