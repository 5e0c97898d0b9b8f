import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDayStart, periodDays, periodLengthDays, periodOf, type PeriodChoice } from './period';

const choice = (preset: PeriodChoice['preset'], first = '', last = ''): PeriodChoice => ({ preset, first, last });
/** An instant given in Beijing time. */
const bj = (text: string) => Date.parse(`${text}+08:00`);

describe('report periods in China time', () => {
  it('takes the calendar month, starting 00:00 Beijing time', () => {
    // 2026-03-31 20:00 UTC is already 1 April in Beijing.
    const now = Date.parse('2026-03-31T20:00:00Z');
    expect(periodOf(choice('thisMonth'), now)).toEqual({ from: bj('2026-04-01T00:00'), to: bj('2026-05-01T00:00') });
    expect(periodOf(choice('lastMonth'), now)).toEqual({ from: bj('2026-03-01T00:00'), to: bj('2026-04-01T00:00') });
  });

  it('crosses the year for last month in January', () => {
    const p = periodOf(choice('lastMonth'), bj('2026-01-15T09:00'));
    expect(p && periodDays(p)).toEqual(['2025-12-01', '2025-12-31']);
  });

  it('knows February of a leap year', () => {
    const p = periodOf(choice('lastMonth'), bj('2028-03-02T09:00'));
    expect(p && periodDays(p)).toEqual(['2028-02-01', '2028-02-29']);
  });

  it('runs the week from Monday to Monday', () => {
    // 2026-03-15 is a Sunday: its week began on Monday 9 March.
    expect(periodOf(choice('thisWeek'), bj('2026-03-15T23:30'))).toEqual({ from: bj('2026-03-09T00:00'), to: bj('2026-03-16T00:00') });
    // Monday just after midnight Beijing time (still Sunday in UTC) is the new week.
    expect(periodOf(choice('thisWeek'), bj('2026-03-16T00:10'))).toEqual({ from: bj('2026-03-16T00:00'), to: bj('2026-03-23T00:00') });
  });

  it('includes the last day of a custom period and refuses unfinished or reversed ones', () => {
    const now = bj('2026-03-15T12:00');
    expect(periodOf(choice('custom', '2026-03-01', '2026-03-03'), now)).toEqual({ from: bj('2026-03-01T00:00'), to: bj('2026-03-04T00:00') });
    expect(periodOf(choice('custom', '2026-03-05', '2026-03-05'), now)).toEqual({ from: bj('2026-03-05T00:00'), to: bj('2026-03-06T00:00') });
    expect(periodOf(choice('custom', '2026-03-05', ''), now)).toBeNull();
    expect(periodOf(choice('custom', '2026-03-05', '2026-03-04'), now)).toBeNull();
  });

  it('reads only real days', () => {
    expect(chinaDayStart('2026-02-30')).toBeNull();
    expect(chinaDayStart('2026-2-3')).toBeNull();
    expect(chinaDayStart('2026-02-28')).toBe(bj('2026-02-28T00:00'));
    expect(chinaDate(bj('2026-02-28T23:59'))).toBe('2026-02-28');
  });

  it('counts whole days', () => {
    expect(periodLengthDays({ from: bj('2025-01-01T00:00'), to: bj('2026-01-01T00:00') })).toBe(365);
  });
});
