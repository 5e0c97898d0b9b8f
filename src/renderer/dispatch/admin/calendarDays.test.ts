import { describe, expect, it } from 'vitest';
import { isWeekend, specialDays, weekdayOf } from './calendarDays';

describe('calendar days', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-01-01')).toBe(4); // a Thursday
    expect(isWeekend('2026-01-04')).toBe(true);
  });
  it('lists only holidays on weekdays, make-up days on weekends and noted days', () => {
    const days = [
      { date: '2026-01-02', working: false, note: '元旦' },
      { date: '2026-01-05', working: true, note: '' },
      { date: '2026-01-04', working: true, note: '调休上班' },
      { date: '2026-01-10', working: false, note: '' },
      { date: '2025-12-31', working: false, note: '' },
    ];
    expect(specialDays(days, 2026).map((d) => d.date)).toEqual(['2026-01-02', '2026-01-04']);
  });
});
