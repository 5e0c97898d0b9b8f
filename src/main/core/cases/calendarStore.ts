// The editable work calendar: the built-in State Council tables plus the office's own
// overrides (an extra holiday, a make-up working day), stored in the database.
import type { CalendarDayView } from '../../../shared/cases';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { builtInExceptions, WorkCalendar } from '../calendar/workCalendar';
import type { Db } from '../db/database';

interface OverrideRow {
  date: string;
  working: number;
  note: string;
}

export function loadCalendar(db: Db): WorkCalendar {
  const rows = db.prepare('SELECT date, working FROM calendar_override').all() as OverrideRow[];
  return new WorkCalendar(rows.map((r) => ({ date: r.date, working: r.working === 1 })));
}

/** Every day of the year that is not an ordinary weekday/weekend, as the calendar now stands. */
export function calendarList(db: Db, year: number): CalendarDayView[] {
  const days = new Map<string, CalendarDayView>();
  for (const d of builtInExceptions(year)) days.set(d.date, { date: d.date, working: d.working, note: d.working ? '调休上班' : '法定节假日' });
  const overrides = db.prepare("SELECT date, working, note FROM calendar_override WHERE date LIKE ? || '-%'").all(String(year)) as OverrideRow[];
  for (const o of overrides) days.set(o.date, { date: o.date, working: o.working === 1, note: o.note || (o.working === 1 ? '调休上班' : '休息日') });
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function calendarSave(db: Db, input: { date: string; working: boolean | null; note?: string | undefined }, user: UserView, now: number): CalendarDayView[] {
  db.transaction(() => {
    if (input.working === null) db.prepare('DELETE FROM calendar_override WHERE date = ?').run(input.date);
    else
      db.prepare('INSERT INTO calendar_override (date, working, note) VALUES (?, ?, ?) ON CONFLICT(date) DO UPDATE SET working = excluded.working, note = excluded.note').run(
        input.date,
        input.working ? 1 : 0,
        input.note ?? '',
      );
    appendAudit(db, now, { userId: user.id, action: 'calendar.save', entity: 'calendar_override', detail: { date: input.date, working: input.working } });
  })();
  return calendarList(db, Number(input.date.slice(0, 4)));
}
