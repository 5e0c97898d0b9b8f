// Report periods for the desk's indicators and ledger, in China time (UTC+8, no daylight
// saving since 1991) whatever the machine's time zone: the street office's weeks and
// months begin at 00:00 Beijing time. A period is [from, to) in epoch ms, as the core's
// indicators.compute and ledger.export take it.

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

export const PERIOD_PRESETS = ['thisWeek', 'thisMonth', 'lastMonth', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface PeriodChoice {
  preset: PeriodPreset;
  /** First day of a custom period, 'YYYY-MM-DD' (China), inclusive; '' = not chosen. */
  first: string;
  /** Last day of a custom period, inclusive; '' = not chosen. */
  last: string;
}

export interface Period {
  from: number;
  to: number;
}

export const DEFAULT_PERIOD: PeriodChoice = { preset: 'thisMonth', first: '', last: '' };

/** The ledger export takes at most this many days (the core refuses more). */
export const LEDGER_MAX_DAYS = 366;

/** Days since 1970-01-01 in China time. */
function dayIndex(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

function dayStart(index: number): number {
  return index * DAY_MS - OFFSET_MS;
}

/** 'YYYY-MM-DD' of the China day holding an instant. */
export function chinaDate(ms: number): string {
  return new Date(dayIndex(ms) * DAY_MS).toISOString().slice(0, 10);
}

/** 00:00 China time of a 'YYYY-MM-DD' day; null when the text is not a real day. */
export function chinaDayStart(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const utc = Date.UTC(y, mo, d);
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March; such a day is not a day.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo || back.getUTCDate() !== d) return null;
  return utc - OFFSET_MS;
}

/** The calendar month `shift` months from the one holding `now` (0 = this month). */
function month(now: number, shift: number): Period {
  const d = new Date(dayIndex(now) * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + shift;
  return { from: Date.UTC(y, m, 1) - OFFSET_MS, to: Date.UTC(y, m + 1, 1) - OFFSET_MS };
}

/** Monday 00:00 to next Monday 00:00 around `now`. */
function week(now: number): Period {
  const today = dayIndex(now);
  // 1970-01-01 was a Thursday: (index + 3) % 7 is 0 on Mondays.
  const monday = today - ((today + 3) % 7);
  return { from: dayStart(monday), to: dayStart(monday + 7) };
}

/**
 * The period a choice stands for at `now`; null for a custom period not fully chosen or
 * reversed. A running week or month ends at its natural end: the core judges it at `now`.
 */
export function periodOf(choice: PeriodChoice, now: number): Period | null {
  switch (choice.preset) {
    case 'thisWeek':
      return week(now);
    case 'thisMonth':
      return month(now, 0);
    case 'lastMonth':
      return month(now, -1);
    case 'custom': {
      const from = chinaDayStart(choice.first);
      const last = chinaDayStart(choice.last);
      if (from === null || last === null || last < from) return null;
      return { from, to: last + DAY_MS };
    }
  }
}

/** The first and last day of a period, for showing it: ['2026-03-01', '2026-03-31']. */
export function periodDays(p: Period): [string, string] {
  return [chinaDate(p.from), chinaDate(p.to - 1)];
}

/** How many days a period spans (whole China days). */
export function periodLengthDays(p: Period): number {
  return Math.round((p.to - p.from) / DAY_MS);
}
