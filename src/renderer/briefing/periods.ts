// Briefing periods in China time (UTC+8, no daylight saving), whatever the machine's time
// zone: last week (Monday to Sunday), last month, or a custom run of days. Periods are
// [from, to) in epoch ms; in URLs and on the command line they are 'YYYY-MM-DD' dates with
// `to` exclusive, so October is from=2026-10-01&to=2026-11-01.
import type { BriefingScope } from '../../shared/briefing';

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

export interface Period {
  from: number;
  to: number;
}

export type PeriodKind = 'week' | 'month' | 'custom';

export function dayIndex(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

export function dayStart(index: number): number {
  return index * DAY_MS - OFFSET_MS;
}

/** 'YYYY-MM-DD' (China time) of an instant. */
export function isoDate(ms: number): string {
  return new Date(dayIndex(ms) * DAY_MS).toISOString().slice(0, 10);
}

/** Epoch ms of 00:00 China time on a 'YYYY-MM-DD' date; null when it is not a real date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t - OFFSET_MS;
}

/** The last full week, Monday 00:00 to Monday 00:00, before the week of `now`. */
export function lastWeek(now: number): Period {
  const today = dayIndex(now);
  // Day 0 (1970-01-01) was a Thursday: (index + 3) % 7 is 0 on Mondays.
  const monday = today - ((today + 3) % 7);
  return { from: dayStart(monday - 7), to: dayStart(monday) };
}

/** The last full calendar month before the month of `now`. */
export function lastMonth(now: number): Period {
  const d = new Date(dayIndex(now) * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return { from: Date.UTC(y, m - 1, 1) - OFFSET_MS, to: Date.UTC(y, m, 1) - OFFSET_MS };
}

/** From the first date to the last date, both included; null when either is invalid or they are reversed. */
export function customPeriod(firstDate: string, lastDate: string): Period | null {
  const from = parseIsoDate(firstDate);
  const last = parseIsoDate(lastDate);
  if (from === null || last === null || last < from) return null;
  return { from, to: last + DAY_MS };
}

/** The period of equal length just before (what the deck compares against). */
export function previousOf(p: Period): Period {
  return { from: p.from - (p.to - p.from), to: p.from };
}

/** The last day inside a period, as 'YYYY-MM-DD'. */
export function lastDayOf(p: Period): string {
  return isoDate(p.to - 1);
}

export interface DeckRequest {
  period: Period;
  scope: BriefingScope;
}

/** The deck a URL asks for (?from=YYYY-MM-DD&to=YYYY-MM-DD[&community=ID]); null when it asks for none. */
export function requestFromSearch(search: string): DeckRequest | null {
  const params = new URLSearchParams(search);
  const from = parseIsoDate(params.get('from') ?? '');
  const to = parseIsoDate(params.get('to') ?? '');
  if (from === null || to === null || to <= from) return null;
  const community = Number(params.get('community'));
  const scope: BriefingScope = Number.isInteger(community) && community > 0 ? { kind: 'community', id: community } : { kind: 'street' };
  return { period: { from, to }, scope };
}

export function searchFromRequest(r: DeckRequest): string {
  const params = new URLSearchParams({ from: isoDate(r.period.from), to: isoDate(r.period.to) });
  if (r.scope.kind === 'community') params.set('community', String(r.scope.id));
  return `?${params.toString()}`;
}
