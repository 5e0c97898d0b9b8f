// Report periods in China time (UTC+8, no daylight saving since 1991) whatever the
// machine's time zone, and the one rule for what a period is compared with, shared by the
// desk's picker, the briefing's picker and the core's briefing: a period that is exactly a
// calendar week (Monday to Monday), month, quarter or year compares with the one before it
// of the same kind (上月 in November is October, 10-01 to 10-31); any other run of days
// compares with the window of equal length just before it. A period is [from, to) in epoch ms.

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

export interface Period {
  from: number;
  to: number;
}

export const PERIOD_PRESETS = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** What a period is compared with: the previous calendar period of its kind, or the equal-length window before it. */
export type ComparisonKind = 'week' | 'month' | 'quarter' | 'year' | 'window';

export interface Comparison {
  kind: ComparisonKind;
  previous: Period;
}

/** Days since 1970-01-01 in China time. */
export function chinaDayIndex(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** 00:00 China time of a day index. */
export function chinaDayStartOf(index: number): number {
  return index * DAY_MS - OFFSET_MS;
}

/** 'YYYY-MM-DD' of the China day holding an instant. */
export function chinaIsoDate(ms: number): string {
  return new Date(chinaDayIndex(ms) * DAY_MS).toISOString().slice(0, 10);
}

/** 00:00 China time of a 'YYYY-MM-DD' day; null when the text is not a real day. */
export function parseChinaDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const utc = Date.UTC(y, mo, d);
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March; such a day is not a day.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo || back.getUTCDate() !== d) return null;
  return utc - OFFSET_MS;
}

/** 00:00 China time on the first of a month; months past 11 or before 0 roll into other years. */
function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1) - OFFSET_MS;
}

function yearMonthOf(ms: number): { y: number; m: number } {
  const d = new Date(chinaDayIndex(ms) * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() };
}

/** The Monday-to-Monday week `shift` weeks from the one holding `now`. */
function week(now: number, shift: number): Period {
  const today = chinaDayIndex(now);
  // 1970-01-01 was a Thursday: (index + 3) % 7 is 0 on Mondays.
  const monday = today - ((today + 3) % 7) + 7 * shift;
  return { from: chinaDayStartOf(monday), to: chinaDayStartOf(monday + 7) };
}

/** The calendar span of `months` months (1, 3 or 12) holding `now`, shifted by `shift` such spans. */
function span(now: number, months: 1 | 3 | 12, shift: number): Period {
  const { y, m } = yearMonthOf(now);
  const first = m - (m % months) + shift * months;
  return { from: monthStart(y, first), to: monthStart(y, first + months) };
}

/** The period a preset stands for at `now`. A running week, month or quarter runs to its natural end. */
export function presetPeriod(preset: PeriodPreset, now: number): Period {
  switch (preset) {
    case 'thisWeek':
      return week(now, 0);
    case 'lastWeek':
      return week(now, -1);
    case 'thisMonth':
      return span(now, 1, 0);
    case 'lastMonth':
      return span(now, 1, -1);
    case 'thisQuarter':
      return span(now, 3, 0);
    case 'lastQuarter':
      return span(now, 3, -1);
  }
}

function same(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Which calendar period [from, to) is exactly, if any. */
export function calendarKindOf(p: Period): Exclude<ComparisonKind, 'window'> | null {
  if (!(p.to > p.from)) return null;
  if (same(p, week(p.from, 0))) return 'week';
  if (same(p, span(p.from, 1, 0))) return 'month';
  if (same(p, span(p.from, 3, 0))) return 'quarter';
  if (same(p, span(p.from, 12, 0))) return 'year';
  return null;
}

/** What a period is compared with (see the head of this file). */
export function comparisonOf(p: Period): Comparison {
  switch (calendarKindOf(p)) {
    case 'week':
      return { kind: 'week', previous: week(p.from, -1) };
    case 'month':
      return { kind: 'month', previous: span(p.from, 1, -1) };
    case 'quarter':
      return { kind: 'quarter', previous: span(p.from, 3, -1) };
    case 'year':
      return { kind: 'year', previous: span(p.from, 12, -1) };
    case null:
      return { kind: 'window', previous: { from: p.from - (p.to - p.from), to: p.from } };
  }
}

/** From the first day to the last day, both included ('YYYY-MM-DD'); null when either is not a day or they are reversed. */
export function daysPeriod(firstDay: string, lastDay: string): Period | null {
  const from = parseChinaDate(firstDay);
  const last = parseChinaDate(lastDay);
  if (from === null || last === null || last < from) return null;
  return { from, to: last + DAY_MS };
}

/** The first and last China day of a period, for showing it: ['2026-10-01', '2026-10-31']. */
export function periodDays(p: Period): [string, string] {
  return [chinaIsoDate(p.from), chinaIsoDate(p.to - 1)];
}
