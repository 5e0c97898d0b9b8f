// The thematic maps' period choices, in China time: 本月 is the calendar month so far (as
// the dispatch desk counts it), 近3个月 and 近12个月 the last 90 and 365 days up to now.
// Rolling days rather than calendar months keep 近12个月 inside the core's 366-day cap in
// any year and equal to the core's default period.
import { chinaDate, periodOf, type Period } from '../../dispatch/period/period';

export const THEMATIC_PERIODS = ['thisMonth', 'last3Months', 'last12Months'] as const;
export type ThematicPeriodPreset = (typeof THEMATIC_PERIODS)[number];

const DAY_MS = 86_400_000;
const ROLLING_DAYS: Record<Exclude<ThematicPeriodPreset, 'thisMonth'>, number> = { last3Months: 90, last12Months: 365 };

export function thematicPeriod(preset: ThematicPeriodPreset, now: number): Period {
  if (preset === 'thisMonth') {
    const month = periodOf({ preset: 'thisMonth', first: '', last: '' }, now);
    // The month so far: its end is now, not the 1st of next month (and never empty, which the core refuses).
    const from = month ? month.from : now - 30 * DAY_MS;
    return { from, to: Math.max(now, from + 1) };
  }
  return { from: now - ROLLING_DAYS[preset] * DAY_MS, to: now };
}

/** First and last China day a period touches, for showing it. */
export function thematicPeriodDays(p: Period): [string, string] {
  return [chinaDate(p.from), chinaDate(p.to - 1)];
}
