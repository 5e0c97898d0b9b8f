// The 30-day trend: valid reports and closes per China-time day, today included, read
// from the kept per-day counts (aggregates/caseCounts).
import { WALL_TREND_DAYS, type WallTrendDay } from '../../../shared/wall';
import { caseCountsBy } from '../aggregates/caseCounts';
import { shanghaiDate, shanghaiDayStart } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { wallPeriods } from './periods';
import { countScope, type Scope } from './sql';

/** Days [firstIndex, todayIndex], oldest first; `now` bounds today. */
function trendDays(db: Db, firstIndex: number, now: number, scope: Scope): WallTrendDay[] {
  const { todayIndex } = wallPeriods(now);
  const from = shanghaiDayStart(firstIndex);
  const to = Math.max(now, from + 1);
  const byDay = caseCountsBy(db, from, to, countScope(scope), 'day');
  const days: WallTrendDay[] = [];
  for (let d = firstIndex; d <= todayIndex; d++) days.push({ day: shanghaiDate(shanghaiDayStart(d)), reported: byDay.get(d)?.reported ?? 0, closed: byDay.get(d)?.closed ?? 0 });
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
