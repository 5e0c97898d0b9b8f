import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiMidnight, WorkCalendar } from '../../src/main/core/calendar/workCalendar';

const H = 3_600_000;
/** Epoch ms of a Shanghai wall-clock time. */
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return shanghaiMidnight(date) + h * H + m * 60_000;
};

describe('WorkCalendar', () => {
  const cal = new WorkCalendar();

  it('knows weekends, public holidays and make-up working days', () => {
    expect(cal.isWorkingDay('2025-03-12')).toBe(true); // Wednesday
    expect(cal.isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-01-01')).toBe(false);
    expect(cal.isWorkingDay('2025-01-26')).toBe(true); // Sunday, make-up for 春节
    expect(cal.isWorkingDay('2025-02-04')).toBe(false);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
    expect(cal.isWorkingDay('2025-04-27')).toBe(true);
    expect(cal.isWorkingDay('2025-05-05')).toBe(false);
    expect(cal.isWorkingDay('2025-06-02')).toBe(false);
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-05-09')).toBe(true);
    expect(cal.isWorkingDay('2026-06-19')).toBe(false);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-09-25')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
  });

  it('applies overrides before the built-in table', () => {
    const custom = new WorkCalendar([
      { date: '2025-03-12', working: false },
      { date: '2025-10-08', working: true },
    ]);
    expect(custom.isWorkingDay('2025-03-12')).toBe(false);
    expect(custom.isWorkingDay('2025-10-08')).toBe(true);
    expect(custom.isWorkingDay('2025-10-07')).toBe(false);
  });

  it('adds working hours across the lunch break and the weekend', () => {
    expect(cal.addWorkingTime(at('2025-03-12', '11:00'), 4, 'work_hour')).toBe(at('2025-03-12', '17:00'));
    expect(cal.addWorkingTime(at('2025-03-12', '12:30'), 1, 'work_hour')).toBe(at('2025-03-12', '15:00'));
    expect(cal.addWorkingTime(at('2025-03-12', '07:00'), 1, 'work_hour')).toBe(at('2025-03-12', '09:30'));
    expect(cal.addWorkingTime(at('2025-03-12', '08:30'), 3.5, 'work_hour')).toBe(at('2025-03-12', '12:00'));
    expect(cal.addWorkingTime(at('2025-03-14', '16:30'), 2, 'work_hour')).toBe(at('2025-03-17', '09:30'));
    expect(cal.addWorkingTime(at('2025-03-15', '10:00'), 1, 'work_hour')).toBe(at('2025-03-17', '09:30'));
    expect(cal.addWorkingTime(at('2025-03-12', '20:00'), 0.5, 'work_hour')).toBe(at('2025-03-13', '09:00'));
  });

  it('counts a work day as 7 working hours and skips holidays', () => {
    expect(cal.addWorkingTime(at('2025-03-10', '09:00'), 1, 'work_day')).toBe(at('2025-03-11', '09:00'));
    expect(cal.addWorkingTime(at('2025-03-10', '09:00'), 5, 'work_day')).toBe(at('2025-03-17', '09:00'));
    // 10:00 on the last day before 国庆: 5.5 h left that day, then 10-01..10-08 off.
    expect(cal.addWorkingTime(at('2025-09-30', '10:00'), 1, 'work_day')).toBe(at('2025-10-09', '10:00'));
    // Across 春节 2026 with the Saturday make-up day 02-14 worked.
    expect(cal.addWorkingTime(at('2026-02-13', '17:00'), 1, 'work_hour')).toBe(at('2026-02-14', '09:00'));
    expect(cal.addWorkingTime(at('2026-02-14', '17:00'), 1, 'work_hour')).toBe(at('2026-02-24', '09:00'));
    expect(cal.addWorkingTime(at('2025-03-10', '09:00'), 15, 'work_day')).toBe(at('2025-03-31', '09:00'));
  });

  it('uses Shanghai time whatever the machine time zone', () => {
    expect(shanghaiDate(Date.UTC(2025, 2, 11, 16, 0))).toBe('2025-03-12'); // 00:00 +08:00
    expect(shanghaiDate(Date.UTC(2025, 2, 11, 15, 59))).toBe('2025-03-11');
    expect(at('2025-03-12', '08:30')).toBe(Date.UTC(2025, 2, 12, 0, 30));
  });

  it('measures working time between two instants', () => {
    expect(cal.workingMsBetween(at('2025-03-12', '08:00'), at('2025-03-12', '18:00'))).toBe(7 * H);
    expect(cal.workingMsBetween(at('2025-03-14', '17:00'), at('2025-03-17', '09:00'))).toBe(1 * H);
    expect(cal.workingMsBetween(at('2025-03-17', '09:00'), at('2025-03-14', '17:00'))).toBe(-1 * H);
    expect(cal.workingMsBetween(at('2025-09-30', '00:00'), at('2025-10-10', '00:00'))).toBe(2 * 7 * H);
  });

  it('addWorkingTime and workingMsBetween are inverse', () => {
    const start = Date.UTC(2024, 11, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 * 86_400_000 }),
        fc.integer({ min: 1, max: 40 * 7 * 60 }),
        (offset, minutes) => {
          const from = start + offset;
          const to = cal.addWorkingTime(from, minutes / 60, 'work_hour');
          return cal.workingMsBetween(from, to) === minutes * 60_000 && to > from;
        },
      ),
    );
  });

  it('is fast enough for a year of cases', () => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 40_000; i++) x += cal.addWorkingTime(Date.UTC(2025, 0, 1) + i * 787_000, 1 + (i % 15), i % 2 ? 'work_day' : 'work_hour');
    expect(x).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
