// Report periods for the desk's indicators and ledger, in China time (UTC+8, no daylight
// saving since 1991) whatever the machine's time zone: the street office's weeks and
// months begin at 00:00 Beijing time. A period is [from, to) in epoch ms, as the core's
// indicators.compute and ledger.export take it. The presets are the shared rule's
// (src/shared/periods.ts), as the briefing's are.
import { chinaIsoDate, daysPeriod, parseChinaDate, presetPeriod, type Period } from '../../../shared/periods';

export type { Period } from '../../../shared/periods';

const DAY_MS = 86_400_000;

export const PERIOD_PRESETS = ['thisWeek', 'thisMonth', 'lastMonth', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface PeriodChoice {
  preset: PeriodPreset;
  /** First day of a custom period, 'YYYY-MM-DD' (China), inclusive; '' = not chosen. */
  first: string;
  /** Last day of a custom period, inclusive; '' = not chosen. */
  last: string;
}

export const DEFAULT_PERIOD: PeriodChoice = { preset: 'thisMonth', first: '', last: '' };

/** The ledger export takes at most this many days (the core refuses more). */
export const LEDGER_MAX_DAYS = 366;

/** 'YYYY-MM-DD' of the China day holding an instant. */
export const chinaDate = chinaIsoDate;

/** 00:00 China time of a 'YYYY-MM-DD' day; null when the text is not a real day. */
export function chinaDayStart(day: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseChinaDate(day) : null;
}

/**
 * The period a choice stands for at `now`; null for a custom period not fully chosen or
 * reversed. A running week or month ends at its natural end: the core judges it at `now`.
 */
export function periodOf(choice: PeriodChoice, now: number): Period | null {
  return choice.preset === 'custom' ? daysPeriod(choice.first, choice.last) : presetPeriod(choice.preset, now);
}

/** The first and last day of a period, for showing it: ['2026-03-01', '2026-03-31']. */
export function periodDays(p: Period): [string, string] {
  return [chinaDate(p.from), chinaDate(p.to - 1)];
}

/** How many days a period spans (whole China days). */
export function periodLengthDays(p: Period): number {
  return Math.round((p.to - p.from) / DAY_MS);
}
