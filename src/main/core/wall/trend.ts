// The 30-day trend: valid reports and closes per China-time day, today included.
import { WALL_TREND_DAYS, type WallTrendDay } from '../../../shared/wall';
import { shanghaiDate, shanghaiDayStart } from '../calendar/workCalendar';
import { casesPerDay } from '../cases/casesPerDay';
import type { Db } from '../db/database';
import { wallPeriods } from './periods';
import { SCOPE_SQL, type Scope } from './sql';

function perDay(db: Db, column: 'reported_at' | 'closed_at', status: string, from: number, to: number, scope: Scope): Map<number, number> {
  return casesPerDay(db, { column, from, to, where: `${status} AND ${SCOPE_SQL}`, params: { ...scope } });
}

/** Days [firstIndex, todayIndex], oldest first; `now` bounds today. */
function trendDays(db: Db, firstIndex: number, now: number, scope: Scope): WallTrendDay[] {
  const { todayIndex } = wallPeriods(now);
  const from = shanghaiDayStart(firstIndex);
  const to = Math.max(now, from + 1);
  const reported = perDay(db, 'reported_at', `cf.status <> 'cancelled'`, from, to, scope);
  // Unary +: the closed_at index, not the status index (which would visit every closed case).
  const closed = perDay(db, 'closed_at', `+cf.status = 'closed'`, from, to, scope);
  const days: WallTrendDay[] = [];
  for (let d = firstIndex; d <= todayIndex; d++) days.push({ day: shanghaiDate(shanghaiDayStart(d)), reported: reported.get(d) ?? 0, closed: closed.get(d) ?? 0 });
  return days;
}

export function wallTrend(db: Db, now: number, scope: Scope): WallTrendDay[] {
  return trendDays(db, wallPeriods(now).todayIndex - (WALL_TREND_DAYS - 1), now, scope);
}

export function wallToday(db: Db, now: number, scope: Scope): WallTrendDay {
  const days = trendDays(db, wallPeriods(now).todayIndex, now, scope);
  const today = days[0];
  if (!today) throw new Error('no trend day for today');
  return today;
}
