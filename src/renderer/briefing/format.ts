// How the deck writes numbers, shares, changes, dates and holders. China time throughout,
// whatever the machine's zone; the words come from the message catalog.
import type { BriefingKpi } from '../../shared/briefing';
import type { CaseClass } from '../../shared/domain';
import { catalogs } from '../i18n/locales';
import { isMessageKey, type Translate } from '../i18n/translate';
import { dayIndex } from './periods';

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

export const DASH = '—';

export function fmtCount(t: Translate, n: number): string {
  return t.num(n);
}

export function fmtRate(t: Translate, r: number | null, digits = 1): string {
  return r === null ? DASH : t.num.percent(r, digits);
}

export function fmtHours(t: Translate, h: number | null): string {
  return h === null ? DASH : t.num(h, 1);
}

/** A KPI's value with its unit: '2,933 件', '89.4%', '34.0 小时'. */
export function fmtKpiValue(t: Translate, unit: BriefingKpi['unit'], value: number | null): string {
  if (value === null) return DASH;
  switch (unit) {
    case 'count':
      return t('briefing.unit.cases', { value: fmtCount(t, value) });
    case 'rate':
      return fmtRate(t, value);
    case 'hours':
      return t('briefing.unit.hours', { value: fmtHours(t, value) });
  }
}

/** The change against the previous period, signed: '+1.2 个百分点', '−479（−14.0%）', '+3.7 小时'. */
export function fmtKpiDelta(t: Translate, k: BriefingKpi): string {
  if (k.delta === null) return t('briefing.change.none');
  const abs = Math.abs(k.delta);
  switch (k.unit) {
    case 'rate':
      return (abs * 100).toFixed(1) === '0.0' ? t('briefing.change.same') : t('briefing.delta.pp', { value: t.num.signed(k.delta * 100, 1) });
    case 'count': {
      if (abs === 0) return t('briefing.change.same');
      // The relative change carries the count's sign (a count and its share move together).
      if (k.relative === null) return t.num.signed(k.delta);
      return t('briefing.delta.countRelative', { value: t.num.signed(k.delta), relative: t.num.signed(Math.sign(k.delta) * Math.abs(k.relative) * 100, 1) });
    }
    case 'hours':
      return abs.toFixed(1) === '0.0' ? t('briefing.change.same') : t('briefing.unit.hours', { value: t.num.signed(k.delta, 1) });
  }
}

/** A change in words for the key points: '上升 5.2%', '下降 0.5 个百分点', '持平'. */
export function fmtChangeWords(t: Translate, k: BriefingKpi): string {
  if (k.delta === null || k.previous === null) return t('briefing.change.none');
  const abs = Math.abs(k.delta);
  const value = k.unit === 'rate' ? t('briefing.delta.pp', { value: t.num(abs * 100, 1) }) : k.relative !== null ? t.num.percent(Math.abs(k.relative)) : fmtCount(t, abs);
  if ((k.unit === 'rate' ? (abs * 100).toFixed(1) === '0.0' : abs === 0)) return t('briefing.change.same');
  return k.delta > 0 ? t('briefing.change.up', { value }) : t('briefing.change.down', { value });
}

/** Year, month and day as written in a date: strings, so the year is never grouped like a count. */
function ymd(ms: number): { y: string; m: string; d: string } {
  const date = new Date(dayIndex(ms) * DAY_MS);
  return { y: String(date.getUTCFullYear()), m: String(date.getUTCMonth() + 1), d: String(date.getUTCDate()) };
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

/** A case category by its catalogue code in the deck's language; a code the catalog does not know shows the stored name. */
export function fmtCategory(t: Translate, code: string, name: string): string {
  const key = `caseCategory.${code}`;
  return isMessageKey(key) ? catalogs[t.locale][key] : name;
}

/** A subcategory's large category with its class: '事件·市容环境', 'Event · Streetscape and sanitation'. */
export function fmtParentCategory(t: Translate, r: { caseClass: CaseClass; parentCode: string; parentName: string }): string {
  return t('briefing.categories.parent', { cls: t(`caseClass.${r.caseClass}`), category: fmtCategory(t, r.parentCode, r.parentName) });
}

export function fmtOverdue(t: Translate, hours: number | null): string {
  if (hours === null) return t('briefing.attention.notOverdue');
  return hours >= 24 ? t('briefing.attention.overdueDays', { value: Math.floor(hours / 24) }) : t('briefing.attention.overdueHours', { value: Math.max(1, Math.floor(hours)) });
}
