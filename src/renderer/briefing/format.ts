// How the deck writes numbers, shares, changes, dates and holders. China time throughout,
// whatever the machine's zone; the words come from the message catalog.
import type { BriefingHolder, BriefingKpi } from '../../shared/briefing';
import type { Translate } from '../i18n/translate';
import { dayIndex } from './periods';

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

export const DASH = '—';

export function fmtCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function fmtRate(r: number | null, digits = 1): string {
  return r === null ? DASH : `${(r * 100).toFixed(digits)}%`;
}

export function fmtHours(h: number | null): string {
  return h === null ? DASH : h.toFixed(1);
}

function signed(value: string, negative: boolean, zero: boolean): string {
  return zero ? value : `${negative ? '−' : '+'}${value}`;
}

/** A KPI's value with its unit: '2,933 件', '89.4%', '34.0 小时'. */
export function fmtKpiValue(t: Translate, unit: BriefingKpi['unit'], value: number | null): string {
  if (value === null) return DASH;
  switch (unit) {
    case 'count':
      return t('briefing.unit.cases', { value: fmtCount(value) });
    case 'rate':
      return fmtRate(value);
    case 'hours':
      return t('briefing.unit.hours', { value: fmtHours(value) });
  }
}

/** The change against the previous period, signed: '+1.2 个百分点', '−479（−14.0%）', '+3.7 小时'. */
export function fmtKpiDelta(t: Translate, k: BriefingKpi): string {
  if (k.delta === null) return t('briefing.change.none');
  const negative = k.delta < 0;
  const abs = Math.abs(k.delta);
  switch (k.unit) {
    case 'rate': {
      const pp = (abs * 100).toFixed(1);
      return pp === '0.0' ? t('briefing.change.same') : t('briefing.delta.pp', { value: signed(pp, negative, false) });
    }
    case 'count': {
      if (abs === 0) return t('briefing.change.same');
      const rel = k.relative === null ? '' : `（${signed((Math.abs(k.relative) * 100).toFixed(1), negative, false)}%）`;
      return `${signed(fmtCount(abs), negative, false)}${rel}`;
    }
    case 'hours': {
      const h = abs.toFixed(1);
      return h === '0.0' ? t('briefing.change.same') : t('briefing.unit.hours', { value: signed(h, negative, false) });
    }
  }
}

/** A change in words for the key points: '上升 5.2%', '下降 0.5 个百分点', '持平'. */
export function fmtChangeWords(t: Translate, k: BriefingKpi): string {
  if (k.delta === null || k.previous === null) return t('briefing.change.none');
  const abs = Math.abs(k.delta);
  const value = k.unit === 'rate' ? t('briefing.delta.pp', { value: (abs * 100).toFixed(1) }) : k.relative !== null ? `${(Math.abs(k.relative) * 100).toFixed(1)}%` : fmtCount(abs);
  if ((k.unit === 'rate' ? (abs * 100).toFixed(1) === '0.0' : abs === 0)) return t('briefing.change.same');
  return k.delta > 0 ? t('briefing.change.up', { value }) : t('briefing.change.down', { value });
}

function ymd(ms: number): { y: number; m: number; d: number } {
  const date = new Date(dayIndex(ms) * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function fmtDate(t: Translate, ms: number): string {
  return t('briefing.date', ymd(ms));
}

export function fmtDateShort(t: Translate, ms: number): string {
  const { m, d } = ymd(ms);
  return t('briefing.dateShort', { m, d });
}

export function fmtDateTime(t: Translate, ms: number): string {
  const local = new Date(ms + OFFSET_MS);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return t('briefing.dateTime', { date: fmtDate(t, ms), time });
}

/** A [from, to) period as its first and last day. */
export function fmtPeriod(t: Translate, p: { from: number; to: number }): string {
  return t('briefing.periodRange', { from: fmtDate(t, p.from), to: fmtDate(t, p.to - 1) });
}

/** Who holds a case, never a person: '区城市管理局', '网格员（杨家坪社区第03网格）'. */
export function fmtHolder(t: Translate, h: BriefingHolder): string {
  switch (h.kind) {
    case 'department':
      return h.name;
    case 'staff':
      return t('briefing.holder.staff', { role: t(`staffRole.${h.role}`), grid: h.gridName });
    case 'unassigned':
      return t('briefing.holder.unassigned');
  }
}

export function fmtOverdue(t: Translate, hours: number | null): string {
  if (hours === null) return t('briefing.attention.notOverdue');
  return hours >= 24 ? t('briefing.attention.overdueDays', { value: Math.floor(hours / 24) }) : t('briefing.attention.overdueHours', { value: Math.max(1, Math.floor(hours)) });
}
