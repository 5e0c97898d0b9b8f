// The headline tiles. Rates are the indicators' (computeIndicators' definitions, read from
// the kept counts), so 按期结案率 and 满意率 on the
// wall are the figures of every other screen; 新增 counts as the indicators' 上报数, and
// 超期未结 as the dispatch desk's 超期 queue (wall.test.ts checks all of them).
import type { WallFigure, WallTiles, WallTilesNow } from '../../../shared/wall';
import type { Db } from '../db/database';
import { caseCounts, type CaseCounts } from '../aggregates/caseCounts';
import { ratio } from '../aggregates/ratio';
import { wallPeriods, type Span, type WallPeriods } from './periods';
import { countScope, OVERDUE_AT_SQL, OVERDUE_NOW_SQL, SCOPE_SQL, type Scope } from './sql';

/** The span's kept counts (aggregates/caseCounts): 上报数 and 结案 as the indicators count them. */
function countsIn(db: Db, span: Span, scope: Scope): CaseCounts {
  return caseCounts(db, span.from, span.to, countScope(scope));
}

/** Cases open and past due at `t` in scope; at `now` (or later) read as the 超期 queue, without the history. */
export function overdueAt(db: Db, t: number, scope: Scope, now: number): number {
  const cases = t >= now ? OVERDUE_NOW_SQL : OVERDUE_AT_SQL;
  return db.prepare(`SELECT count(*) FROM ${cases} cf JOIN grid g ON g.id = cf.grid_id WHERE ${SCOPE_SQL}`).pluck().get({ t, ...scope }) as number;
}

/**
 * 按期结案率 and 满意率 of a span that ends by now (so the indicators judge it at its end):
 * closedOnTime ÷ (due − deferred) and satisfied ÷ evaluated, from the kept counts; the
 * property test checks them against computeIndicators' total row.
 */
function rates(db: Db, span: Span, scope: Scope): { onTimeRate: number | null; satisfiedRate: number | null } {
  const c = countsIn(db, span, scope);
  return { onTimeRate: ratio(c.onTime, c.assessed), satisfiedRate: ratio(c.satisfied, c.evaluated) };
}

function tilesNowAt(db: Db, p: WallPeriods, scope: Scope): WallTilesNow {
  const r = rates(db, p.rate, scope);
  const today = countsIn(db, p.today, scope);
  return {
    newToday: today.reported,
    closedToday: today.closed,
    onTimeRate: r.onTimeRate,
    overdueOpen: overdueAt(db, p.now, scope, p.now),
    satisfaction: r.satisfiedRate,
  };
}

/** The current values only: what a delta carries (the earlier spans cannot change now). */
export function wallTilesNow(db: Db, now: number, scope: Scope): WallTilesNow {
  return tilesNowAt(db, wallPeriods(now), scope);
}

export function wallTiles(db: Db, now: number, scope: Scope): WallTiles {
  const p = wallPeriods(now);
  const current = tilesNowAt(db, p, scope);
  const rateYesterday = rates(db, p.rateYesterday, scope);
  const rateLastWeek = rates(db, p.rateLastWeek, scope);
  const yesterday = countsIn(db, p.yesterday, scope);
  const lastWeek = countsIn(db, p.lastWeek, scope);
  const figure = (value: number | null, yesterday: number | null, lastWeek: number | null): WallFigure => ({ value, yesterday, lastWeek });
  return {
    newToday: figure(current.newToday, yesterday.reported, lastWeek.reported),
    closedToday: figure(current.closedToday, yesterday.closed, lastWeek.closed),
    onTimeRate: figure(current.onTimeRate, rateYesterday.onTimeRate, rateLastWeek.onTimeRate),
    overdueOpen: figure(current.overdueOpen, overdueAt(db, p.yesterday.to, scope, p.now), overdueAt(db, p.lastWeek.to, scope, p.now)),
    satisfaction: figure(current.satisfaction, rateYesterday.satisfiedRate, rateLastWeek.satisfiedRate),
  };
}
