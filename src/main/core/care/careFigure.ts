// The care figure for shared screens (wall, briefing): vulnerable residents and overdue
// visits per grid, with small numbers hidden (privacy/smallNumbers.ts). One definition, so
// any screen that shows care counts in a room shows them suppressed.
import type { Db } from '../db/database';
import { shownCount, smallNumberK, suppressSmall } from '../privacy/smallNumbers';
import { computeDue } from './careViews';
import { isOverdue } from './dueVisits';

export interface SharedCareFigure {
  k: number;
  /** null: fewer than k (hidden). */
  residents: number | null;
  overdue: number | null;
  grids: { gridId: number; residents: number | null; overdue: number | null }[];
}

export function sharedCareFigure(db: Db, now: number, communityId: number | null): SharedCareFigure {
  const k = smallNumberK(db);
  const { residents, due } = computeDue(db, { scope: communityId }, now);
  const overdueIds = new Set(due.filter(isOverdue).map((d) => d.residentId));
  const perGrid = new Map<number, { residents: number; overdue: number }>();
  for (const r of residents) {
    const g = perGrid.get(r.grid_id) ?? { residents: 0, overdue: 0 };
    g.residents += 1;
    if (overdueIds.has(r.id)) g.overdue += 1;
    perGrid.set(r.grid_id, g);
  }
  const cells = [...perGrid.entries()].sort((a, b) => a[0] - b[0]);
  const res = suppressSmall(cells.map(([gridId, c]) => ({ key: gridId, count: c.residents })), k);
  const over = suppressSmall(cells.map(([gridId, c]) => ({ key: gridId, count: c.overdue })), k);
  return {
    k,
    residents: res.total,
    overdue: shownCount(overdueIds.size, k),
    grids: res.cells.map((c, i) => ({ gridId: c.key, residents: c.count, overdue: over.cells[i]!.count })),
  };
}
