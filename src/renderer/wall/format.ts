// Number formatting for the wall: thousands separators, percentages with one decimal,
// and the change against an earlier figure as an arrow and an amount.
import { formatNumber, formatPercent } from '../i18n/formatNumber';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translate';

export type FigureKind = 'count' | 'rate';

export function formatValue(value: number | null, kind: FigureKind, locale: Locale, none: string): string {
  if (value === null) return none;
  return kind === 'rate' ? formatPercent(value, locale) : formatNumber(value, locale);
}

export type Trend = 'up' | 'down' | 'flat';

export interface Change {
  trend: Trend;
  /** Absolute amount, formatted: '12', '0.4'. */
  amount: string;
}

/** The change from `before` to `now`: rates in percentage points (one decimal), counts as integers. */
export function changeOf(now: number | null, before: number | null, kind: FigureKind, locale: Locale): Change | null {
  if (now === null || before === null) return null;
  const diff = kind === 'rate' ? Math.round((now - before) * 1000) / 10 : now - before;
  if (diff === 0) return { trend: 'flat', amount: '0' };
  const amount = kind === 'rate' ? formatNumber(Math.abs(diff), locale, 1) : formatNumber(Math.abs(diff), locale);
  return { trend: diff > 0 ? 'up' : 'down', amount };
}

/** '↑3', '↓0.4个百分点', '持平', '—'. */
export function changeText(change: Change | null, kind: FigureKind, t: Translate): string {
  if (!change) return t('wall.noValue');
  if (change.trend === 'flat') return t('wall.change.flat');
  const arrow = change.trend === 'up' ? '↑' : '↓';
  return kind === 'rate' ? t('wall.change.points', { arrow, amount: change.amount }) : `${arrow}${change.amount}`;
}

/** HH:mm in China time, whatever the wall PC's time zone. */
export function clockTime(at: number, seconds = false): string {
  const d = new Date(at + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return seconds ? `${hm}:${pad(d.getUTCSeconds())}` : hm;
}

/** 'YYYY-MM-DD' in China time. */
export function chinaDate(at: number): string {
  return new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
}
