// Case counts over any period, read from the kept per-day rows (case_day_count, migration
// 0007, or its street and community sums, 0008) for the whole China-time days inside it
// and from case_file for the partial days at its edges, with the same conditions the
// triggers apply. Callers get exactly what a scan
// of case_file would give (test/unit/aggregates.property.test.ts checks it against
// computeIndicators and the per-day queries) at the cost of a few rows per day.
import { shanghaiDayIndex, shanghaiDayStart } from '../calendar/workCalendar';
import type { Db } from '../db/database';

export interface CaseCounts {
  /** 上报数: not cancelled, reported in the period. */
  reported: number;
  /** Closed (status closed) in the period. */
  closed: number;
  /** 应结案数 − 延期数: fell due in the period, not extended. */
  assessed: number;
  /** 按期结案数. */
  onTime: number;
  /** Evaluations in the period, those with 4–5 stars, and their stars. */
  evaluated: number;
  satisfied: number;
  stars: number;
}

/** Which cases: the street, one community or one grid. */
export type CountScope = { kind: 'street' } | { kind: 'community'; id: number } | { kind: 'grid'; id: number };

/** How rows are split: one total, per China-time day index, per grid, or per large category (大类). */
export type CountGroup = 'none' | 'day' | 'grid' | 'category';

const COLUMNS = 'reported, closed, assessed, on_time, evaluated, satisfied, stars';

/** The day index of a case moment, as the triggers compute it (times may be REAL). */
const dayOf = (t: string) => `CAST((${t} + 28800000) / 86400000 AS INTEGER)`;

/**
 * The same rows as case_day_count, counted from case_file for moments in [@a, @b) (a
 * partial day). Each part selects on its moment's own index, the falling-due moment
 * min(due_at, closed_at) on an index of that expression.
 */
function edgeSql(a: string, b: string): string {
  // Named like case_day_count's columns: the rows are read by those names.
  const names = COLUMNS.split(', ');
  const row = (day: string, values: readonly string[], where: string) =>
    `SELECT ${dayOf(day)} AS day, cf.grid_id, cf.category_id, ${values.map((v, i) => `${v} AS ${names[i]}`).join(', ')} FROM case_file cf WHERE ${where}`;
  const fallsDue = 'MIN(cf.due_at, COALESCE(cf.closed_at, cf.due_at))';
  return [
    row('cf.reported_at', ['1', '0', '0', '0', '0', '0', '0'], `cf.reported_at >= ${a} AND cf.reported_at < ${b} AND cf.status <> 'cancelled'`),
    // Unary +: the closed_at index, not the status index (which would visit every closed case).
    row('cf.closed_at', ['0', '1', '0', '0', '0', '0', '0'], `cf.closed_at >= ${a} AND cf.closed_at < ${b} AND +cf.status = 'closed'`),
    // On the case_falls_due index (same expression, same dispatched_at condition).
    row(
      fallsDue,
      ['0', '0', '1', 'IFNULL(cf.closed_at <= cf.due_at, 0)', '0', '0', '0'],
      `${fallsDue} >= ${a} AND ${fallsDue} < ${b} AND cf.dispatched_at IS NOT NULL AND cf.status <> 'cancelled' AND cf.extended = 0`,
    ),
    // On the partial case_evaluated index.
    row(
      'cf.evaluated_at',
      ['0', '0', '0', '0', '1', 'cf.satisfaction >= 4', 'cf.satisfaction'],
      `cf.evaluated_at >= ${a} AND cf.evaluated_at < ${b} AND cf.satisfaction IS NOT NULL AND cf.status <> 'cancelled'`,
    ),
  ].join('\n UNION ALL ');
}

/** The rows of [from, to): whole days from the kept table, the two partial ends from case_file. */
export function spanParams(from: number, to: number): { k0: number; k1: number; a1: number; b1: number; a2: number; b2: number } {
  const first = shanghaiDayIndex(from);
  const k0 = shanghaiDayStart(first) === from ? first : first + 1;
  const k1 = shanghaiDayIndex(to) - 1;
  if (k0 > k1) return { k0, k1, a1: from, b1: to, a2: to, b2: to };
  return { k0, k1, a1: from, b1: shanghaiDayStart(k0), a2: shanghaiDayStart(k1 + 1), b2: to };
}

const KEY: Record<CountGroup, string> = { none: 'NULL', day: 'x.day', grid: 'x.grid_id', category: 'x.large' };

type Statement = ReturnType<Db['prepare']>;

/** Prepared once per connection and shape: the wall asks for the same few on every push. */
const statements = new WeakMap<Db, Map<string, Statement>>();

/** Which cases, over rows `r` that carry a grid_id: the street, the community @scopeId, the grid @scopeId. */
function scopeWhere(scope: CountScope['kind'], r: string): { join: string; where: string } {
  if (scope === 'community') return { join: `JOIN grid g ON g.id = ${r}.grid_id`, where: 'g.community_id = @scopeId' };
  return { join: '', where: scope === 'grid' ? `${r}.grid_id = @scopeId` : '1' };
}

/** Rows `r` (day, grid_id, category_id, counts) in scope, as (day, grid_id, large, counts): large is the 大类 when grouping by it. */
function scoped(rows: string, r: string, scope: CountScope['kind'], group: CountGroup): string {
  const { join, where } = scopeWhere(scope, r);
  const byCategory = group === 'category';
  return `SELECT ${r}.day, ${r}.grid_id, ${byCategory ? `COALESCE(cat.parent_id, ${r}.category_id)` : 'NULL'} AS large, ${COLUMNS}
            FROM (${rows}) ${r} ${join} ${byCategory ? `LEFT JOIN case_category cat ON cat.id = ${r}.category_id` : ''}
           WHERE ${where}`;
}

/**
 * The kept rows of the whole days @k0..@k1: from the street's or community's rows (0008,
 * already per 大类) unless the read is per grid, else from case_day_count.
 */
function keptRows(scope: CountScope['kind'], group: CountGroup): string {
  if (scope !== 'grid' && group !== 'grid') {
    const community = scope === 'street' ? '0' : '@scopeId';
    return `SELECT day, NULL AS grid_id, category_id AS large, ${COLUMNS} FROM case_scope_day_count WHERE community_id = ${community} AND day >= @k0 AND day <= @k1`;
  }
  return scoped(`SELECT day, grid_id, category_id, ${COLUMNS} FROM case_day_count WHERE day >= @k0 AND day <= @k1`, 'k', scope, group);
}

function sqlFor(scope: CountScope['kind'], group: CountGroup): string {
  const edges = scoped(`${edgeSql('@a1', '@b1')} UNION ALL ${edgeSql('@a2', '@b2')}`, 'e', scope, group);
  return `
    SELECT ${KEY[group]} AS key, sum(x.reported) AS reported, sum(x.closed) AS closed, sum(x.assessed) AS assessed, sum(x.on_time) AS onTime,
           sum(x.evaluated) AS evaluated, sum(x.satisfied) AS satisfied, sum(x.stars) AS stars
      FROM (${keptRows(scope, group)} UNION ALL ${edges}) x
     GROUP BY 1`;
}

function prepared(db: Db, scope: CountScope['kind'], group: CountGroup): Statement {
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  const k = `${scope}:${group}`;
  let stmt = byDb.get(k);
  if (!stmt) byDb.set(k, (stmt = db.prepare(sqlFor(scope, group))));
  return stmt;
}

type Row = { key: number | null } & { [K in keyof CaseCounts]: number | null };

export const NO_COUNTS: CaseCounts = { reported: 0, closed: 0, assessed: 0, onTime: 0, evaluated: 0, satisfied: 0, stars: 0 };

function toCounts(r: Row): CaseCounts {
  return {
    reported: r.reported ?? 0,
    closed: r.closed ?? 0,
    assessed: r.assessed ?? 0,
    onTime: r.onTime ?? 0,
    evaluated: r.evaluated ?? 0,
    satisfied: r.satisfied ?? 0,
    stars: r.stars ?? 0,
  };
}

/** Counts of [from, to) per group key (a day index, grid id or large category id); groups with no case are absent. */
export function caseCountsBy(db: Db, from: number, to: number, scope: CountScope, group: CountGroup): Map<number, CaseCounts> {
  if (!(from < to)) return new Map();
  const params = { ...spanParams(from, to), ...(scope.kind === 'street' ? {} : { scopeId: scope.id }) };
  const rows = prepared(db, scope.kind, group).all(params) as Row[];
  return new Map(rows.map((r) => [r.key ?? 0, toCounts(r)]));
}

/** The counts of [from, to) in scope. */
export function caseCounts(db: Db, from: number, to: number, scope: CountScope): CaseCounts {
  return caseCountsBy(db, from, to, scope, 'none').get(0) ?? NO_COUNTS;
}
