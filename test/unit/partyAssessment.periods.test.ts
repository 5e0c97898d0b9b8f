// 三会一课 periods as pure rules: months and quarters, their ends across the year's turn, and
// the state of a period on a day (held, upcoming, due within the lead days, missed).
import { describe, expect, it } from 'vitest';
import { MEETING_RULES, ratingFor, scorecardGrade } from '../../src/shared/partyAssessment';
import { periodOf, periodState, periodsOfYear, previousPeriod } from '../../src/main/core/partyAssessment/periods';

describe('三会一课 periods', () => {
  it('finds the month and the quarter of a day, and the one before across a year end', () => {
    expect(periodOf('2026-02-14', 'month')).toEqual({ key: '2026-02', start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf('2028-02-14', 'month').end).toBe('2028-02-29');
    expect(periodOf('2026-03-31', 'quarter')).toEqual({ key: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(periodOf('2026-04-01', 'quarter')).toEqual({ key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(previousPeriod(periodOf('2027-01-05', 'quarter'), 'quarter')).toEqual({ key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(previousPeriod(periodOf('2027-01-05', 'month'), 'month').key).toBe('2026-12');
  });

  it('turns due within the lead days, missed the day after the period ends, and held whenever one is recorded', () => {
    const committee = MEETING_RULES.committee; // monthly, 10 days
    const lesson = MEETING_RULES.lesson; // quarterly, 30 days
    const nov = periodOf('2026-11-01', 'month');
    expect(periodState(false, nov, '2026-11-20', committee)).toBe('upcoming');
    expect(periodState(false, nov, '2026-11-21', committee)).toBe('due');
    expect(periodState(false, nov, '2026-11-30', committee)).toBe('due');
    expect(periodState(false, nov, '2026-12-01', committee)).toBe('missed');
    expect(periodState(true, nov, '2026-12-01', committee)).toBe('held');
    const q4 = periodOf('2026-11-01', 'quarter');
    expect(periodState(false, q4, '2026-12-01', lesson)).toBe('upcoming');
    expect(periodState(false, q4, '2026-12-02', lesson)).toBe('due');
    expect(periodState(false, q4, '2027-01-01', lesson)).toBe('missed');
  });

  it('lists a year’s periods up to the running one', () => {
    expect(periodsOfYear(2026, '2026-11-20', 'quarter').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOfYear(2026, '2026-04-01', 'month').map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('grades a total from the criteria bands', () => {
    expect(ratingFor(100)).toBe('advanced');
    expect(ratingFor(90)).toBe('advanced');
    expect(ratingFor(89)).toBe('good');
    expect(ratingFor(75)).toBe('good');
    expect(ratingFor(74)).toBe('average');
    expect(ratingFor(60)).toBe('average');
    expect(ratingFor(59)).toBe('weak');
    expect(scorecardGrade(90)).toBe('excellent');
    expect(scorecardGrade(59)).toBe('poor');
  });
});
