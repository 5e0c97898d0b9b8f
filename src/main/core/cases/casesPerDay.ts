// Cases per China-time calendar day, counted in SQL: the one day-bucketing query behind
// the wall's 30-day trend and the briefing's daily trend. Times may be stored as REAL
// (the demo writes fractional ms), hence the CAST rather than integer division.
import { CHINA_OFFSET_MS } from '../calendar/workCalendar';
import type { Db } from '../db/database';

const DAY_MS = 86_400_000;

export interface PerDayQuery {
  column: 'reported_at' | 'closed_at';
  from: number;
  to: number;
  /** Extra conditions over case_file cf and grid g (status, scope). */
  where: string;
  params: Record<string, unknown>;
}

/** Shanghai day index (see shanghaiDayIndex) → number of cases whose `column` falls on it. */
export function casesPerDay(db: Db, q: PerDayQuery): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT CAST((cf.${q.column} + ${CHINA_OFFSET_MS}) / ${DAY_MS} AS INTEGER) AS day, count(*) AS n
         FROM case_file cf JOIN grid g ON g.id = cf.grid_id
        WHERE cf.${q.column} >= @from AND cf.${q.column} < @to AND ${q.where}
        GROUP BY day`,
    )
    .all({ ...q.params, from: q.from, to: q.to }) as { day: number; n: number }[];
  return new Map(rows.map((r) => [r.day, r.n]));
}
