// The one period rule (src/shared/periods.ts) at fixed dates: presets are calendar periods
// in China time, and a calendar period compares with the previous one of its kind, any
// other run of days with the equal-length window before it.
import { describe, expect, it } from 'vitest';
import { calendarKindOf, comparisonOf, daysPeriod, periodDays, presetPeriod, type Period } from '../../src/shared/periods';

/** Epoch ms of a China wall-clock time. */
const china = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
const days = (p: Period) => periodDays(p).join('…');

/** Sunday 2026-11-15, 10:00 China time. */
const NOV_15 = china(2026, 11, 15, 10);

describe('presets at 2026-11-15', () => {
  it('上月 is October and compares with September', () => {
    const month = presetPeriod('lastMonth', NOV_15);
    expect(month).toEqual({ from: china(2026, 10, 1), to: china(2026, 11, 1) });
    expect(comparisonOf(month)).toEqual({ kind: 'month', previous: { from: china(2026, 9, 1), to: china(2026, 10, 1) } });
  });

  it('本月 is the whole of November and compares with October, not 10-02…10-31', () => {
    const month = presetPeriod('thisMonth', NOV_15);
    expect(days(month)).toBe('2026-11-01…2026-11-30');
    expect(days(comparisonOf(month).previous)).toBe('2026-10-01…2026-10-31');
  });

  it('本周 and 上周 are Monday-to-Sunday weeks, compared with the week before', () => {
    expect(days(presetPeriod('thisWeek', NOV_15))).toBe('2026-11-09…2026-11-15');
    const last = presetPeriod('lastWeek', NOV_15);
    expect(days(last)).toBe('2026-11-02…2026-11-08');
    expect(comparisonOf(last)).toMatchObject({ kind: 'week' });
    expect(days(comparisonOf(last).previous)).toBe('2026-10-26…2026-11-01');
  });

  it('本季 and 上季 are calendar quarters, compared with the quarter before', () => {
    const quarter = presetPeriod('thisQuarter', NOV_15);
    expect(days(quarter)).toBe('2026-10-01…2026-12-31');
    expect(days(comparisonOf(quarter).previous)).toBe('2026-07-01…2026-09-30');
    const last = presetPeriod('lastQuarter', NOV_15);
    expect(days(last)).toBe('2026-07-01…2026-09-30');
    expect(comparisonOf(last)).toMatchObject({ kind: 'quarter' });
    expect(days(comparisonOf(last).previous)).toBe('2026-04-01…2026-06-30');
  });
});

describe('across year ends and short months', () => {
  it('上月 on New Year\'s Day is December, compared with November', () => {
    const month = presetPeriod('lastMonth', china(2027, 1, 1, 0));
    expect(days(month)).toBe('2026-12-01…2026-12-31');
    expect(days(comparisonOf(month).previous)).toBe('2026-11-01…2026-11-30');
  });

  it('March compares with all of February (28 days), not with an equal 31-day window', () => {
    const march = presetPeriod('lastMonth', china(2027, 4, 10, 9));
    expect(days(comparisonOf(march).previous)).toBe('2027-02-01…2027-02-28');
  });

  it('上季 in January is the last quarter of the year before', () => {
    const q = presetPeriod('lastQuarter', china(2027, 1, 5, 9));
    expect(days(q)).toBe('2026-10-01…2026-12-31');
    expect(days(comparisonOf(q).previous)).toBe('2026-07-01…2026-09-30');
  });

  it('uses China days whatever the instant: 23:30 UTC on 10-31 is already November in China', () => {
    expect(days(presetPeriod('thisMonth', Date.UTC(2026, 9, 31, 23, 30)))).toBe('2026-11-01…2026-11-30');
  });

  it('a whole calendar year compares with the year before', () => {
    const year = daysPeriod('2025-01-01', '2025-12-31')!;
    expect(comparisonOf(year)).toMatchObject({ kind: 'year' });
    expect(days(comparisonOf(year).previous)).toBe('2024-01-01…2024-12-31');
  });
});

describe('custom runs of days', () => {
  it('compare with the window of equal length just before', () => {
    const p = daysPeriod('2026-10-02', '2026-10-31')!;
    expect(calendarKindOf(p)).toBeNull();
    expect(comparisonOf(p).kind).toBe('window');
    expect(days(comparisonOf(p).previous)).toBe('2026-09-02…2026-10-01');
  });

  it('a custom run that is exactly a calendar month is that month, compared as one', () => {
    const p = daysPeriod('2026-10-01', '2026-10-31')!;
    expect(comparisonOf(p)).toEqual(comparisonOf(presetPeriod('lastMonth', NOV_15)));
  });

  it('seven days that are not Monday to Sunday are a window', () => {
    expect(comparisonOf(daysPeriod('2026-11-10', '2026-11-16')!).kind).toBe('window');
  });

  it('refuses days that do not exist or run backwards', () => {
    expect(daysPeriod('2026-02-30', '2026-03-02')).toBeNull();
    expect(daysPeriod('2026-11-10', '2026-11-01')).toBeNull();
  });
});
