// Cases per Shanghai calendar day over the period, beside day n of the previous period.
// Cancelled cases (作废) count nowhere, as in the indicators.
import type { BriefingPeriod, BriefingTrendDay } from '../../../shared/briefing';
import type { Db } from '../db/database';
import { shanghaiDate, shanghaiDayIndex, shanghaiDayStart } from '../calendar/workCalendar';
import { casesPerDay } from '../cases/casesPerDay';
import type { ScopeSql } from './scope';

function perDay(db: Db, column: 'reported_at' | 'closed_at', period: BriefingPeriod, scope: ScopeSql): Map<number, number> {
  return casesPerDay(db, { column, from: period.from, to: period.to, where: `cf.status <> 'cancelled' AND ${scope.gridWhere}`, params: scope.params });
}

export function dailyTrend(db: Db, period: BriefingPeriod, previous: BriefingPeriod, scope: ScopeSql): BriefingTrendDay[] {
  const reported = perDay(db, 'reported_at', period, scope);
  const closed = perDay(db, 'closed_at', period, scope);
  const before = perDay(db, 'reported_at', previous, scope);
  const first = shanghaiDayIndex(period.from);
  const last = shanghaiDayIndex(period.to - 1);
  const previousFirst = shanghaiDayIndex(previous.from);
  const days: BriefingTrendDay[] = [];
  for (let d = first; d <= last; d++) {
    days.push({
      date: shanghaiDate(shanghaiDayStart(d)),
      reported: reported.get(d) ?? 0,
      closed: closed.get(d) ?? 0,
      previousReported: before.get(previousFirst + (d - first)) ?? 0,
    });
  }
  return days;
}
