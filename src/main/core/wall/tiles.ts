// The headline tiles. Rates come from computeIndicators, so 按期结案率 and 满意率 on the
// wall are the figures of every other screen; 新增 counts as the indicators' 上报数, and
// 超期未结 as the dispatch desk's 超期 queue (wall.test.ts checks all of them).
import type { WallFigure, WallTiles, WallTilesNow } from '../../../shared/wall';
import type { Db } from '../db/database';
import { computeIndicators } from '../indicators/computeIndicators';
import type { IndicatorRow } from '../../../shared/indicators';
import { wallPeriods, type Span, type WallPeriods } from './periods';
import { OVERDUE_AT_SQL, SCOPE_SQL, type Scope } from './sql';

/** 上报数: reported in the span and not cancelled (作废), as computeIndicators counts it. */
function reportedIn(db: Db, span: Span, scope: Scope): number {
  return db
    .prepare(
      `SELECT count(*) FROM case_file cf JOIN grid g ON g.id = cf.grid_id
        WHERE cf.reported_at >= @from AND cf.reported_at < @to AND cf.status <> 'cancelled' AND ${SCOPE_SQL}`,
    )
    .pluck()
    .get({ ...span, ...scope }) as number;
}

/** Cases closed (结案) in the span. */
function closedIn(db: Db, span: Span, scope: Scope): number {
  return db
    .prepare(
      `SELECT count(*) FROM case_file cf JOIN grid g ON g.id = cf.grid_id
        WHERE cf.closed_at >= @from AND cf.closed_at < @to AND +cf.status = 'closed' AND ${SCOPE_SQL}`,
    )
    .pluck()
    .get({ ...span, ...scope }) as number;
}

export function overdueAt(db: Db, t: number, scope: Scope): number {
  return db.prepare(`SELECT count(*) FROM ${OVERDUE_AT_SQL} cf JOIN grid g ON g.id = cf.grid_id WHERE ${SCOPE_SQL}`).pluck().get({ t, ...scope }) as number;
}

function rates(db: Db, span: Span, scope: Scope, now: number): IndicatorRow {
  const rows = computeIndicators(db, { from: span.from, to: span.to, scope: scope.communityId === null ? { kind: 'street' } : { kind: 'community', id: scope.communityId } }, now);
  const total = rows[rows.length - 1];
  if (!total) throw new Error('computeIndicators returned no total row');
  return total;
}

function tilesNowAt(db: Db, p: WallPeriods, scope: Scope): WallTilesNow {
  const r = rates(db, p.rate, scope, p.now);
  return {
    newToday: reportedIn(db, p.today, scope),
    closedToday: closedIn(db, p.today, scope),
    onTimeRate: r.onTimeRate,
    overdueOpen: overdueAt(db, p.now, scope),
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
  const rateYesterday = rates(db, p.rateYesterday, scope, now);
  const rateLastWeek = rates(db, p.rateLastWeek, scope, now);
  const figure = (value: number | null, yesterday: number | null, lastWeek: number | null): WallFigure => ({ value, yesterday, lastWeek });
  return {
    newToday: figure(current.newToday, reportedIn(db, p.yesterday, scope), reportedIn(db, p.lastWeek, scope)),
    closedToday: figure(current.closedToday, closedIn(db, p.yesterday, scope), closedIn(db, p.lastWeek, scope)),
    onTimeRate: figure(current.onTimeRate, rateYesterday.onTimeRate, rateLastWeek.onTimeRate),
    overdueOpen: figure(current.overdueOpen, overdueAt(db, p.yesterday.to, scope), overdueAt(db, p.lastWeek.to, scope)),
    satisfaction: figure(current.satisfaction, rateYesterday.satisfiedRate, rateLastWeek.satisfiedRate),
  };
}
