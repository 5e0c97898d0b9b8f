import { describe, expect, it } from 'vitest';
import { thematicPeriod, thematicPeriodDays } from './thematicPeriod';

/** 2026-11-20 10:00 China time. */
const NOW = Date.UTC(2026, 10, 20, 2);
const DAY = 86_400_000;

describe('thematicPeriod', () => {
  it('counts this month from the 1st, 00:00 China time, up to now', () => {
    const p = thematicPeriod('thisMonth', NOW);
    expect(p).toEqual({ from: Date.UTC(2026, 9, 31, 16), to: NOW });
    expect(thematicPeriodDays(p)).toEqual(['2026-11-01', '2026-11-20']);
  });

  it('takes the last 90 and 365 days for 近3个月 and 近12个月, within the core’s 366-day cap', () => {
    expect(thematicPeriod('last3Months', NOW)).toEqual({ from: NOW - 90 * DAY, to: NOW });
    const year = thematicPeriod('last12Months', NOW);
    expect(year).toEqual({ from: NOW - 365 * DAY, to: NOW });
    expect(thematicPeriodDays(year)).toEqual(['2025-11-20', '2026-11-20']);
  });

  it('is never empty, even at the very first instant of a month', () => {
    const first = Date.UTC(2026, 10, 30, 16);
    expect(thematicPeriod('thisMonth', first)).toEqual({ from: first, to: first + 1 });
  });

  it('reads the month in China time even just after midnight there (still the previous day in UTC)', () => {
    const earlyDecemberFirst = Date.UTC(2026, 10, 30, 16, 30);
    expect(thematicPeriodDays(thematicPeriod('thisMonth', earlyDecemberFirst))).toEqual(['2026-12-01', '2026-12-01']);
  });
});
