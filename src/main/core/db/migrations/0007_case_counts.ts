// Migration 0007: case counts per China-time day, grid and subcategory, kept current by
// triggers on case_file so the wall, the thematic maps and the briefing's trend read a
// few narrow rows per day instead of rescanning a year of cases. Triggers rather than
// code in each write path: every writer (report, workflow steps, bulk assign, grid edits
// that move cases, the demo generator's plain INSERTs) keeps the counts right without
// knowing about them, in the same transaction as its own change.
//
// Each case adds 1 to a column on the day its moment falls (the indicators' definitions,
// src/main/core/indicators/computeIndicators.ts, are the reference; aggregates/ reads):
// - reported   not cancelled, on the day of reported_at (上报数)
// - closed     status closed, on the day of closed_at (the wall's and briefing's 结案)
// - assessed   not cancelled, dispatched, with a deadline, not extended: on the day it
//              falls due, min(due_at, closed_at) (应结案数 − 延期数, the rates' denominator)
// - on_time    assessed and closed_at <= due_at: on the day of closed_at, which is then the
//              day it falls due (按期结案数)
// - evaluated, satisfied (4–5 stars), stars: not cancelled, satisfaction given, on the
//   day of evaluated_at (满意率, 满意度)
// The SQL below is frozen with the migration: aggregates/caseCounts.ts reads the rows and
// counts the partial days at a period's edges from case_file with the same conditions;
// test/unit/aggregates.property.test.ts checks both against the full computation.
// Open and overdue cases are not kept here: "overdue" depends on the moment asked about,
// and the open set is small and indexed by (status, due_at), so it is counted at read time.

const DAY = (t: string) => `CAST((${t} + 28800000) / 86400000 AS INTEGER)`;
const COLUMNS = ['reported', 'closed', 'assessed', 'on_time', 'evaluated', 'satisfied', 'stars'] as const;

/** One (day, grid, subcategory, counts…) row per moment of case `c` (NEW or OLD, or a table alias) that counts, times `sign`. */
function contributions(c: string, sign: 1 | -1): string {
  const row = (day: string, values: Partial<Record<(typeof COLUMNS)[number], string>>, when: string) =>
    `SELECT ${DAY(day)} AS day, ${c}.grid_id AS grid_id, ${c}.category_id AS category_id, ${COLUMNS.map((k) => `${values[k] ?? '0'} * ${sign} AS ${k}`).join(', ')}${
      c === 'NEW' || c === 'OLD' ? '' : ` FROM case_file ${c}`
    } WHERE ${when}`;
  const assessed = `${c}.status <> 'cancelled' AND ${c}.dispatched_at IS NOT NULL AND ${c}.due_at IS NOT NULL AND ${c}.extended = 0`;
  return [
    row(`${c}.reported_at`, { reported: '1' }, `${c}.status <> 'cancelled'`),
    row(`${c}.closed_at`, { closed: '1' }, `${c}.status = 'closed' AND ${c}.closed_at IS NOT NULL`),
    row(`MIN(${c}.due_at, COALESCE(${c}.closed_at, ${c}.due_at))`, { assessed: '1', on_time: `(${c}.closed_at IS NOT NULL AND ${c}.closed_at <= ${c}.due_at)` }, assessed),
    row(
      `${c}.evaluated_at`,
      { evaluated: '1', satisfied: `(${c}.satisfaction >= 4)`, stars: `${c}.satisfaction` },
      `${c}.status <> 'cancelled' AND ${c}.satisfaction IS NOT NULL AND ${c}.evaluated_at IS NOT NULL`,
    ),
  ].join('\n    UNION ALL ');
}

/** Adds the grouped contributions into case_day_count (an upsert per touched key). */
function upsert(source: string): string {
  return `INSERT INTO case_day_count (day, grid_id, category_id, ${COLUMNS.join(', ')})
  SELECT day, grid_id, category_id, ${COLUMNS.map((k) => `sum(${k})`).join(', ')} FROM (
    ${source}
  ) WHERE true GROUP BY day, grid_id, category_id
  ON CONFLICT (day, grid_id, category_id) DO UPDATE SET ${COLUMNS.map((k) => `${k} = ${k} + excluded.${k}`).join(', ')};`;
}

/** The case_file columns any count depends on: an UPDATE that changes none of them cannot move a count. */
const WATCHED = ['status', 'grid_id', 'category_id', 'reported_at', 'closed_at', 'due_at', 'dispatched_at', 'extended', 'satisfaction', 'evaluated_at'] as const;

export default /* sql */ `
CREATE TABLE case_day_count (
  day         INTEGER NOT NULL,
  grid_id     INTEGER NOT NULL,
  category_id INTEGER NOT NULL,
  ${COLUMNS.map((k) => `${k} INTEGER NOT NULL DEFAULT 0`).join(',\n  ')},
  PRIMARY KEY (day, grid_id, category_id)
) WITHOUT ROWID;

-- The partial days at a period's edges are counted from case_file by these moments. An
-- expression and a partial index, so that only queries written with the same expression
-- or condition use them: a plain due_at index would draw the overdue queries
-- (status IN (…) AND due_at < now) off the (status, due_at) index onto every past deadline.
CREATE INDEX case_falls_due ON case_file(MIN(due_at, COALESCE(closed_at, due_at))) WHERE dispatched_at IS NOT NULL;
CREATE INDEX case_evaluated ON case_file(evaluated_at) WHERE satisfaction IS NOT NULL;

${upsert(contributions('cf', 1))}

CREATE TRIGGER case_day_count_insert AFTER INSERT ON case_file BEGIN
  ${upsert(contributions('NEW', 1))}
END;

CREATE TRIGGER case_day_count_delete AFTER DELETE ON case_file BEGIN
  ${upsert(contributions('OLD', -1))}
END;

CREATE TRIGGER case_day_count_update AFTER UPDATE OF ${WATCHED.join(', ')} ON case_file
  WHEN ${WATCHED.map((k) => `OLD.${k} IS NOT NEW.${k}`).join(' OR ')}
BEGIN
  ${upsert(contributions('OLD', -1))}
  ${upsert(contributions('NEW', 1))}
END;
`;
