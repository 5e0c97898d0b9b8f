// Briefing periods in China time (UTC+8, no daylight saving), whatever the machine's time
// zone: last week (Monday to Sunday), last month, last quarter, or a custom run of days;
// the periods and what they compare with follow the one rule of src/shared/periods.ts. Periods are
// [from, to) in epoch ms; in URLs and on the command line they are 'YYYY-MM-DD' dates with
// `to` exclusive, so October is from=2026-10-01&to=2026-11-01.
import type { BriefingScope } from '../../shared/briefing';
import { chinaDayIndex, chinaIsoDate, comparisonOf, daysPeriod, parseChinaDate, presetPeriod, type Period } from '../../shared/periods';

export type { Period } from '../../shared/periods';

export type PeriodKind = 'week' | 'month' | 'quarter' | 'custom';

export const dayIndex = chinaDayIndex;
/** 'YYYY-MM-DD' (China time) of an instant. */
export const isoDate = chinaIsoDate;
/** Epoch ms of 00:00 China time on a 'YYYY-MM-DD' date; null when it is not a real date. */
export const parseIsoDate = parseChinaDate;

/** The last full week, Monday 00:00 to Monday 00:00, before the week of `now`. */
export const lastWeek = (now: number): Period => presetPeriod('lastWeek', now);
/** The last full calendar month before the month of `now`. */
export const lastMonth = (now: number): Period => presetPeriod('lastMonth', now);
/** The last full calendar quarter before the quarter of `now`. */
export const lastQuarter = (now: number): Period => presetPeriod('lastQuarter', now);

/** From the first date to the last date, both included; null when either is invalid or they are reversed. */
export const customPeriod = daysPeriod;

/** What the deck compares a period with: the calendar period before, or the equal-length window before (the core's rule). */
export function previousOf(p: Period): Period {
  return comparisonOf(p).previous;
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
