// Cases per Shanghai calendar day over the period, beside day n of the previous period.
// Cancelled cases (作废) count nowhere, as in the indicators. Times may be stored as REAL
// (the demo writes fractional ms), hence the CAST rather than integer division.
import type { BriefingPeriod, BriefingTrendDay } from '../../../shared/briefing';
import type { Db } from '../db/database';
import { shanghaiDate, shanghaiDayIndex, shanghaiDayStart } from '../calendar/workCalendar';
import type { ScopeSql } from './scope';

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

function perDay(db: Db, column: 'reported_at' | 'closed_at', period: BriefingPeriod, scope: ScopeSql): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT CAST((cf.${column} + ${OFFSET_MS}) / ${DAY_MS} AS INTEGER) AS day, count(*) AS n
         FROM case_file cf JOIN grid g ON g.id = cf.grid_id
        WHERE cf.${column} >= @from AND cf.${column} < @to AND cf.status <> 'cancelled' AND ${scope.gridWhere}
        GROUP BY day`,
    )
    .all({ from: period.from, to: period.to, ...scope.params }) as { day: number; n: number }[];
  return new Map(rows.map((r) => [r.day, r.n]));
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
