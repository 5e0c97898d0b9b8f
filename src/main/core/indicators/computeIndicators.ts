// Case-handling indicators after GB/T 30428.4 (绩效评价), computed in one place for every
// screen and for the ledger. Two GROUP BY queries over case_file (the groups, then the
// whole scope): a month for all 189 grids of a full street (41,000 cases) takes ~25 ms.
//
// Definitions. The period is [from, to); `asOf` = min(now, to) is the moment the period
// is judged at: a period still running is judged now, a past one at its end, so the
// figures of a past month do not change when its late cases close afterwards.
// Cancelled cases (作废, merged duplicates included) are no cases and count nowhere.
//
// - 上报数 reported: reported_at in [from, to).
// - 应结案数 due: dispatched cases that "fell due" in [from, asOf), where a case falls due
//   at min(due_at, closed_at): at its deadline, or at its close if it closed before the
//   deadline (the usual 数字城管 reading of 应结案: 时限已到的 plus 时限未到但已结案的;
//   the text of GB/T 30428.4 was not at hand to quote). Each case thus
//   falls due in exactly one period of a calendar, and a case due later in a running
//   period is not counted before its deadline.
// - 延期数 deferred: due cases with an approved extension (extended = 1). The standard
//   takes 延期/缓办 cases out of the rate denominators; they are also left out of the
//   numerators below, so every rate stays within [0, 1]. Their due_at already holds the
//   extended deadline. (挂账 suspended and 上报 escalated cases are not deferred: they are
//   unresolved work and count as not closed.) Current flags and statuses are used, not
//   their history in case_event.
// - 结案数 closed: due, not deferred, closed_at < asOf.
// - 按期结案数 closedOnTime: of those, closed_at <= due_at.
// - 超期未结案数 overdueOpen: due cases not closed by asOf. A case can only fall due
//   unclosed at its deadline, so all of these are past due at asOf; deferred cases past
//   their extended deadline are among them, and so are 挂账/上报 cases (unresolved work).
//   The non-deferred ones are in the rate denominators and in no numerator: open overdue
//   cases count against the rates. Hence due = closed + overdueOpen + (deferred cases
//   closed by asOf).
// - 结案率 closeRate = closed ÷ (due − deferred); 按期结案率 onTimeRate =
//   closedOnTime ÷ (due − deferred).
// - 返工数 reworked: due cases with rework_count > 0; reworkRate = reworked ÷ due.
//   延期率 deferRate = deferred ÷ due.
// - avgHandlingHours: mean of closed_at − dispatched_at in calendar hours over the due
//   cases closed by asOf, deferred ones included (their time was spent all the same).
// - Satisfaction: evaluations (satisfaction set) with evaluated_at in [from, asOf),
//   whenever the case fell due; satisfaction = mean stars, satisfiedRate = share of 4–5.
// Rates are null when their denominator is 0.
//
// Grouping uses the case's current grid, subcategory and handler (the main assignee;
// co-departments of 会商联办 are not credited).
import { ApiError } from '../../../shared/errors';
import type { IndicatorQuery, IndicatorRow, IndicatorRowKind, IndicatorScope } from '../../../shared/indicators';
import type { Db } from '../db/database';
import { groupCatalog, groupKeySql, scopeParams, scopeSql, type GroupKeySql } from './indicatorGroups';

const HOUR_MS = 3_600_000;

/** Sums per group, straight from SQL (SUM over no rows is NULL). */
interface CountsRow {
  kind: IndicatorRowKind | null;
  id: number | null;
  reported: number | null;
  due: number | null;
  deferred: number | null;
  closed: number | null;
  closed_on_time: number | null;
  overdue_open: number | null;
  reworked: number | null;
  handled: number | null;
  handling_ms: number | null;
  evaluated: number | null;
  stars: number | null;
  satisfied: number | null;
}

type Counts = { [K in Exclude<keyof CountsRow, 'kind' | 'id'>]: number };

const NO_CASES: Counts = {
  reported: 0,
  due: 0,
  deferred: 0,
  closed: 0,
  closed_on_time: 0,
  overdue_open: 0,
  reworked: 0,
  handled: 0,
  handling_ms: 0,
  evaluated: 0,
  stars: 0,
  satisfied: 0,
};

/**
 * Per-case flags (0/1, never NULL) in the inner query, summed per group in the outer one.
 * `@from`, `@to`, `@asOf` are the period bounds; see the definitions at the top.
 */
function countsSql(key: GroupKeySql, scope: IndicatorScope): string {
  const fallsDue = 'MIN(cf.due_at, COALESCE(cf.closed_at, cf.due_at))';
  return `
    SELECT kind, id,
           SUM(reported) AS reported,
           SUM(due) AS due,
           SUM(due AND extended) AS deferred,
           SUM(due AND NOT extended AND closed) AS closed,
           SUM(due AND NOT extended AND closed AND on_time) AS closed_on_time,
           SUM(due AND NOT closed) AS overdue_open,
           SUM(due AND reworked) AS reworked,
           SUM(due AND closed) AS handled,
           SUM(CASE WHEN due AND closed THEN closed_at - dispatched_at ELSE 0 END) AS handling_ms,
           SUM(evaluated) AS evaluated,
           SUM(CASE WHEN evaluated THEN satisfaction ELSE 0 END) AS stars,
           SUM(evaluated AND satisfaction >= 4) AS satisfied
      FROM (
        SELECT ${key.kind} AS kind, ${key.id} AS id,
               cf.reported_at >= @from AS reported,
               IFNULL(cf.dispatched_at IS NOT NULL AND ${fallsDue} >= @from AND ${fallsDue} < @asOf, 0) AS due,
               cf.extended = 1 AS extended,
               IFNULL(cf.closed_at < @asOf, 0) AS closed,
               IFNULL(cf.closed_at <= cf.due_at, 0) AS on_time,
               cf.rework_count > 0 AS reworked,
               IFNULL(cf.satisfaction IS NOT NULL AND cf.evaluated_at >= @from AND cf.evaluated_at < @asOf, 0) AS evaluated,
               cf.closed_at, cf.dispatched_at, cf.satisfaction
          FROM case_file cf
          JOIN grid g ON g.id = cf.grid_id
          JOIN case_category cat ON cat.id = cf.category_id
         WHERE cf.status <> 'cancelled'
           AND cf.reported_at < @to
           -- A case reported earlier matters only if it falls due in the period (then
           -- due_at >= @from) or is evaluated in it: this skips the older history.
           AND (cf.reported_at >= @from OR cf.due_at >= @from OR cf.evaluated_at >= @from)
           AND ${scopeSql(scope)}
      )
     WHERE id IS NOT NULL OR kind = 'total'
     GROUP BY kind, id`;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function toCounts(row: CountsRow | undefined): Counts {
  if (!row) return NO_CASES;
  const out = { ...NO_CASES };
  for (const k of Object.keys(NO_CASES) as (keyof Counts)[]) out[k] = row[k] ?? 0;
  return out;
}

function toRow(key: string, kind: IndicatorRowKind, id: number | null, label: string, c: Counts): IndicatorRow {
  const assessed = c.due - c.deferred;
  return {
    key,
    kind,
    id,
    label,
    reported: c.reported,
    due: c.due,
    deferred: c.deferred,
    closed: c.closed,
    closedOnTime: c.closed_on_time,
    overdueOpen: c.overdue_open,
    reworked: c.reworked,
    closeRate: ratio(c.closed, assessed),
    onTimeRate: ratio(c.closed_on_time, assessed),
    reworkRate: ratio(c.reworked, c.due),
    deferRate: ratio(c.deferred, c.due),
    avgHandlingHours: c.handled > 0 ? c.handling_ms / c.handled / HOUR_MS : null,
    evaluated: c.evaluated,
    satisfaction: ratio(c.stars, c.evaluated),
    satisfiedRate: ratio(c.satisfied, c.evaluated),
  };
}

/**
 * The indicator table for a period: one row per group (in code order), then the 'total'
 * row for the whole scope. Groups of a partition (community, grid, category) add up to the
 * total; department and handler rows cover only cases that have one.
 */
export function computeIndicators(db: Db, query: IndicatorQuery, now: number): IndicatorRow[] {
  const { from, to } = query;
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to)) throw new ApiError('invalid_input', `indicator period must have from before to, got [${from}, ${to})`);
  const scope = query.scope ?? { kind: 'street' };
  const groupBy = query.groupBy ?? 'none';
  const params = { from, to, asOf: Math.min(now, to), ...scopeParams(scope) };

  const total = db.prepare(countsSql(groupKeySql('none'), scope)).get(params) as CountsRow | undefined;
  const rows: IndicatorRow[] = [];
  if (groupBy !== 'none') {
    const byGroup = new Map<string, CountsRow>();
    for (const r of db.prepare(countsSql(groupKeySql(groupBy), scope)).all(params) as CountsRow[]) byGroup.set(`${r.kind}:${r.id}`, r);
    const { members, listEmpty } = groupCatalog(db, groupBy, scope);
    for (const m of members) {
      const key = `${m.kind}:${m.id}`;
      const counts = byGroup.get(key);
      if (counts || listEmpty) rows.push(toRow(key, m.kind, m.id, m.label, toCounts(counts)));
    }
  }
  rows.push(toRow('total', 'total', null, '合计', toCounts(total)));
  return rows;
}
