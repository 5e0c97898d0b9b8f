// The care figure for shared screens (wall, briefing): vulnerable residents, those with a visit
// overdue and those due within a week, per grid, with small numbers hidden
// (privacy/smallNumbers.ts). One definition, so any screen that shows care counts in a room
// shows them suppressed. It computes every tagged resident's due visits (~0.5 s street-wide at
// scale 1): the wall asks through wall.care, which runs in a worker; the briefing is built in one.
import { CARE_DUE_SOON_DAYS, type SharedCareFigure } from '../../../shared/care';
import { gridLabel } from '../../../shared/gridLabel';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { shownCount, smallNumberK, suppressSmall } from '../privacy/smallNumbers';
import { computeDue } from './careViews';
import { isOverdue } from './dueVisits';

const DAY_MS = 86_400_000;

export type { SharedCareFigure };

export function sharedCareFigure(db: Db, now: number, communityId: number | null): SharedCareFigure {
  const k = smallNumberK(db);
  const { residents, due } = computeDue(db, { scope: communityId }, now);
  const soonBy = shanghaiDate(now + CARE_DUE_SOON_DAYS * DAY_MS);
  const overdueIds = new Set(due.filter(isOverdue).map((d) => d.residentId));
  const soonIds = new Set(due.filter((d) => !overdueIds.has(d.residentId) && d.dueDate !== null && d.dueDate <= soonBy).map((d) => d.residentId));
  const perGrid = new Map<number, { residents: number; overdue: number; dueSoon: number }>();
  for (const r of residents) {
    const g = perGrid.get(r.grid_id) ?? { residents: 0, overdue: 0, dueSoon: 0 };
    g.residents += 1;
    if (overdueIds.has(r.id)) g.overdue += 1;
    if (soonIds.has(r.id)) g.dueSoon += 1;
    perGrid.set(r.grid_id, g);
  }
  // The short label the wall and the briefing use for grids (杨家坪·01网格).
  const names = new Map(
    (db.prepare('SELECT g.id, g.name, c.name AS community FROM grid g JOIN community c ON c.id = g.community_id').all() as { id: number; name: string; community: string }[]).map((g) => [g.id, gridLabel({ name: g.name, communityName: g.community })]),
  );
  const cells = [...perGrid.entries()].sort((a, b) => a[0] - b[0]);
  const res = suppressSmall(cells.map(([gridId, c]) => ({ key: gridId, count: c.residents })), k);
  const over = suppressSmall(cells.map(([gridId, c]) => ({ key: gridId, count: c.overdue })), k);
  const soon = suppressSmall(cells.map(([gridId, c]) => ({ key: gridId, count: c.dueSoon })), k);
  return {
    k,
    asOf: now,
    residents: res.total,
    overdue: shownCount(overdueIds.size, k),
    dueSoon: shownCount(soonIds.size, k),
    grids: res.cells.map((c, i) => ({ gridId: c.key, gridName: names.get(c.key) ?? '', residents: c.count, overdue: over.cells[i]!.count, dueSoon: soon.cells[i]!.count })),
  };
}
