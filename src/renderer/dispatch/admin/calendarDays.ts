// Which days the calendar editor lists: the exceptions to the Monday–Friday week
// (holidays on weekdays, make-up working days on weekends) and any day with a note.
import type { CalendarDayView } from '../../../shared/cases';

/** Day of week of a YYYY-MM-DD date, 0 = Sunday, computed without time zones. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

export function specialDays(days: readonly CalendarDayView[], year: number): CalendarDayView[] {
  return days
    .filter((d) => d.date.startsWith(`${year}-`))
    .filter((d) => d.working === isWeekend(d.date) || d.note.trim() !== '')
    .sort((a, b) => a.date.localeCompare(b.date));
}
