// Undoing the latest grid edit: in one transaction, every recorded move goes back, the
// grids and communities it replaced return as they were (same ids, codes, outlines), and
// the grids it created go away. What arrived after the edit is placed again by the same
// rule a save uses: buildings by their centre, cases with their building or by their
// point, so nothing points at a missing grid or a grid that no longer holds it.
import type { Polygon } from 'geojson';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { UNRESOLVED_STATUS_SQL } from '../services/openCases';
import { labelPoint, parsePolygon } from '../services/geo';
import { restoreCommunities, type CommunityRow } from './communityBoundaries';
import { PointGridIndex } from './geometry';
import { writeGridRow, type GridRow } from './gridRows';
import { nearestGrid } from './nearestGrid';
import { revertMoves } from './moveRows';

interface EditRow {
  id: number;
  at: number;
  before_grids: string;
  before_communities: string;
  created_grid_ids: string;
  resolved_reviews: string;
  undone_at: number | null;
}

export function latestUndoableEditId(db: Db): number | null {
  return (db.prepare('SELECT id FROM grid_edit WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').pluck().get() as number | undefined) ?? null;
}

export function undoEdit(db: Db, editId: number, user: UserView, now: number): { undone: true; gridIds: number[] } {
  return db.transaction(() => {
    const edit = db.prepare('SELECT id, at, before_grids, before_communities, created_grid_ids, resolved_reviews, undone_at FROM grid_edit WHERE id = ?').get(editId) as EditRow | undefined;
    if (!edit) throw new ApiError('not_found', `grid edit ${editId} does not exist`);
    if (edit.undone_at !== null) throw new ApiError('conflict', `grid edit ${editId} is already undone`);
    const latest = latestUndoableEditId(db);
    if (latest !== editId) throw new ApiError('conflict', `only the latest grid edit (${latest}) can be undone; undo that one first`);

    const beforeGrids = JSON.parse(edit.before_grids) as GridRow[];
    const created = JSON.parse(edit.created_grid_ids) as number[];

    // Grids first (the moves point back at them), with codes parked so none collide.
    const park = db.prepare("UPDATE grid SET code = '~' || id WHERE id = ?");
    for (const id of [...beforeGrids.map((g) => g.id!), ...created]) park.run(id);
    for (const row of beforeGrids) writeGridRow(db, row);
    const moves = revertMoves(db, editId);
    replaceLateArrivals(db, edit, beforeGrids.map((g) => g.id!), created);
    const createdList = [...created, 0].join(',');
    db.prepare(`DELETE FROM grid_rtree WHERE id IN (${createdList})`).run();
    db.prepare(`DELETE FROM grid WHERE id IN (${createdList})`).run();

    restoreCommunities(db, JSON.parse(edit.before_communities) as CommunityRow[]);
    const reopened = JSON.parse(edit.resolved_reviews) as number[];
    if (reopened.length) db.prepare(`UPDATE grid_staff_review SET resolved_at = NULL WHERE id IN (${reopened.join(',')})`).run();
    db.prepare('UPDATE grid_staff_review SET resolved_at = ? WHERE edit_id = ? AND resolved_at IS NULL').run(now, editId);
    db.prepare('UPDATE grid_edit SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, user.id, editId);
    appendAudit(db, now, { userId: user.id, action: 'grid.edit.undo', entity: 'grid_edit', entityId: editId, detail: { moves, restoredGrids: beforeGrids.length, removedGrids: created.length } });
    return { undone: true as const, gridIds: [...beforeGrids.map((g) => g.id!), ...created] };
  })();
}

/**
 * Rows placed in grids the edit created, and unresolved cases reported into the grids it
 * changed since it was saved: placed again among the grids as they are after the undo.
 */
function replaceLateArrivals(db: Db, edit: EditRow, restored: readonly number[], created: readonly number[]): void {
  if (created.length === 0 && restored.length === 0) return;
  const createdSet = new Set(created);
  const grids = (db.prepare('SELECT id, boundary FROM grid').all() as { id: number; boundary: string }[])
    .filter((g) => !createdSet.has(g.id))
    .map((g) => ({ id: g.id, geometry: parsePolygon(g.boundary) }));
  const index = new PointGridIndex(grids);
  const labels = new Map(grids.map((g) => [g.id, labelPoint(g.geometry)]));
  const place = (lng: number, lat: number) => index.gridAt(lng, lat) ?? nearestGrid(labels, [lng, lat]) ?? grids[0]!.id;
  const createdList = [...created, 0].join(',');

  const buildingGrid = new Map<number, number>();
  const moveBuilding = db.prepare('UPDATE building SET grid_id = ? WHERE id = ?');
  for (const b of db.prepare(`SELECT id, center_lng AS lng, center_lat AS lat FROM building WHERE grid_id IN (${createdList})`).all() as { id: number; lng: number; lat: number }[]) {
    const to = place(b.lng, b.lat);
    moveBuilding.run(to, b.id);
    buildingGrid.set(b.id, to);
  }
  const gridOfBuilding = db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck();
  const follow = (buildingId: number | null, lng: number, lat: number): number =>
    buildingId !== null ? (buildingGrid.get(buildingId) ?? (gridOfBuilding.get(buildingId) as number)) : place(lng, lat);

  const restoredList = [...restored, 0].join(',');
  const cases = db
    .prepare(
      `SELECT id, grid_id, lng, lat, building_id FROM case_file
        WHERE grid_id IN (${createdList}) OR (grid_id IN (${restoredList}) AND reported_at >= ? AND status IN ${UNRESOLVED_STATUS_SQL})`,
    )
    .all(edit.at) as { id: number; grid_id: number; lng: number; lat: number; building_id: number | null }[];
  const moveCase = db.prepare('UPDATE case_file SET grid_id = ? WHERE id = ?');
  for (const c of cases) {
    const to = follow(c.building_id, c.lng, c.lat);
    if (to !== c.grid_id) moveCase.run(to, c.id);
  }
  for (const table of ['facility', 'party_org'] as const) {
    const hasBuilding = table === 'party_org' ? 'building_id' : 'NULL AS building_id';
    const rows = db.prepare(`SELECT id, lng, lat, ${hasBuilding} FROM ${table} WHERE grid_id IN (${createdList})`).all() as { id: number; lng: number; lat: number; building_id: number | null }[];
    const move = db.prepare(`UPDATE ${table} SET grid_id = ? WHERE id = ?`);
    for (const r of rows) move.run(follow(r.building_id, r.lng, r.lat), r.id);
  }
  // Staff and rules have no place of their own: they go to the grid that holds the created grid's middle.
  for (const id of created) {
    const boundary = db.prepare('SELECT boundary FROM grid WHERE id = ?').pluck().get(id) as string;
    const [lng, lat] = labelPoint(parsePolygon(boundary) as Polygon);
    const to = place(lng, lat);
    db.prepare('UPDATE grid_staff SET grid_id = ? WHERE grid_id = ?').run(to, id);
    db.prepare('UPDATE dispatch_rule SET grid_id = ? WHERE grid_id = ?').run(to, id);
  }
}
