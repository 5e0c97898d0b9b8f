import { describe, expect, it } from 'vitest';
import { customPeriod, isoDate, lastDayOf, lastMonth, lastWeek, parseIsoDate, previousOf, requestFromSearch, searchFromRequest } from './periods';

/** Epoch ms of a wall-clock time in China (UTC+8). */
const china = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);

describe('briefing periods in China time', () => {
  it('takes last week as Monday to Monday before the current week', () => {
    // Friday 2026-11-20 10:00 → 11-09 (Mon) .. 11-16 (Mon).
    expect(lastWeek(china(2026, 11, 20, 10))).toEqual({ from: china(2026, 11, 9), to: china(2026, 11, 16) });
    // Monday 00:30 China time is still Sunday in UTC: the week is China's.
    expect(lastWeek(china(2026, 11, 16, 0) + 30 * 60_000)).toEqual({ from: china(2026, 11, 9), to: china(2026, 11, 16) });
  });

  it('takes last month as the previous calendar month, across a year end', () => {
    expect(lastMonth(china(2026, 11, 20, 10))).toEqual({ from: china(2026, 10, 1), to: china(2026, 11, 1) });
    expect(lastMonth(china(2027, 1, 1, 0))).toEqual({ from: china(2026, 12, 1), to: china(2027, 1, 1) });
  });

  it('reads custom dates with the last day included, and refuses bad ones', () => {
    expect(customPeriod('2026-10-01', '2026-10-31')).toEqual({ from: china(2026, 10, 1), to: china(2026, 11, 1) });
    expect(customPeriod('2026-10-31', '2026-10-01')).toBeNull();
    expect(customPeriod('2026-02-30', '2026-03-01')).toBeNull();
    expect(parseIsoDate('2026-10-01')).toBe(china(2026, 10, 1));
    expect(isoDate(china(2026, 10, 1))).toBe('2026-10-01');
    expect(lastDayOf({ from: china(2026, 10, 1), to: china(2026, 11, 1) })).toBe('2026-10-31');
  });

  it('compares a month with the month before, a custom run of days with the equal-length days before', () => {
    expect(previousOf({ from: china(2026, 10, 1), to: china(2026, 11, 1) })).toEqual({ from: china(2026, 9, 1), to: china(2026, 10, 1) });
    expect(previousOf({ from: china(2026, 10, 2), to: china(2026, 11, 1) })).toEqual({ from: china(2026, 9, 2), to: china(2026, 10, 2) });
  });

  it('round-trips a request through the URL', () => {
    const r = { period: { from: china(2026, 10, 1), to: china(2026, 11, 1) }, scope: { kind: 'community', id: 3 } as const };
    expect(searchFromRequest(r)).toBe('?from=2026-10-01&to=2026-11-01&community=3');
    expect(requestFromSearch(searchFromRequest(r))).toEqual(r);
    expect(requestFromSearch('?from=2026-10-01&to=2026-11-01')).toEqual({ period: r.period, scope: { kind: 'street' } });
    expect(requestFromSearch('?from=2026-11-01&to=2026-10-01')).toBeNull();
    expect(requestFromSearch('')).toBeNull();
  });
});
