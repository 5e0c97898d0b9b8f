// Every grid's open work (open, overdue, supervised) and the grid ranking built on it.
// One grouped query over the open cases only (a few hundred rows at scale 1, ~900 at 4):
// overdue as the 超期 queue counts it (open, due_at < now), like the console's map.
import { gridStateOf, WALL_RANKING_SIZE, type WallGridStatus, type WallRankingRow } from '../../../shared/wall';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL, type Scope } from './sql';

interface GridRow {
  id: number;
  code: string;
  name: string;
  community_id: number;
  community_name: string;
}

export interface GridLoad extends WallGridStatus {
  code: string;
  gridName: string;
  communityId: number;
  communityName: string;
}

/** Every grid of the street, in code order, with its load now. */
export function gridLoads(db: Db, now: number): GridLoad[] {
  const grids = db.prepare('SELECT g.id, g.code, g.name, g.community_id, c.name AS community_name FROM grid g JOIN community c ON c.id = g.community_id ORDER BY g.code').all() as GridRow[];
  const open = new Map<number, { open: number; overdue: number; supervised: number }>();
  for (const r of db
    .prepare(
      `SELECT cf.grid_id AS id, count(*) AS open, coalesce(sum(cf.due_at < @now), 0) AS overdue, sum(cf.supervised) AS supervised
         FROM case_file cf WHERE cf.status IN ${OPEN_STATUS_SQL} GROUP BY cf.grid_id`,
    )
    .all({ now }) as { id: number; open: number; overdue: number; supervised: number }[]) {
    open.set(r.id, r);
  }
  return grids.map((g) => {
    const o = open.get(g.id);
    const counts = { open: o?.open ?? 0, overdue: o?.overdue ?? 0, supervised: o?.supervised ?? 0 };
    return { gridId: g.id, ...counts, state: gridStateOf(counts), code: g.code, gridName: g.name, communityId: g.community_id, communityName: g.community_name };
  });
}

export function gridStatuses(loads: readonly GridLoad[]): WallGridStatus[] {
  return loads.map(({ gridId, open, overdue, supervised, state }) => ({ gridId, open, overdue, supervised, state }));
}

/** The grids with the most pressing work in scope: overdue first, then supervised, then open. */
export function gridRanking(loads: readonly GridLoad[], scope: Scope): WallRankingRow[] {
  return loads
    .filter((g) => g.open > 0 && (scope.communityId === null || g.communityId === scope.communityId))
    .sort((a, b) => b.overdue - a.overdue || b.supervised - a.supervised || b.open - a.open || a.code.localeCompare(b.code))
    .slice(0, WALL_RANKING_SIZE)
    .map((g) => ({ gridId: g.gridId, gridName: g.gridName, communityName: g.communityName, open: g.open, overdue: g.overdue, supervised: g.supervised }));
}
