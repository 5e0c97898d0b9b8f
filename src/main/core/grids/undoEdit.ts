// Undoing the latest grid edit: in one transaction, every recorded move goes back, the
// grids and communities it replaced return as they were (same ids, codes, outlines), and
// the grids it created go away. Anything placed in a created grid after the edit (a case
// reported there since) is placed again by its point, so nothing points at a missing grid.
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { gridIdAt } from '../cases/locate';
import type { Db } from '../db/database';
import { labelPoint, parsePolygon } from '../services/geo';
import { restoreCommunities, type CommunityRow } from './communityBoundaries';
import { writeGridRow, type GridRow } from './gridRows';
import { MOVE_TABLES } from './moveTables';
import type { MovedEntity } from './reassign';

interface EditRow {
  id: number;
  before_grids: string;
  before_communities: string;
  created_grid_ids: string;
  undone_at: number | null;
}

export function latestUndoableEditId(db: Db): number | null {
  return (db.prepare('SELECT id FROM grid_edit WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').pluck().get() as number | undefined) ?? null;
}

export function undoEdit(db: Db, editId: number, user: UserView, now: number): { undone: true; gridIds: number[] } {
  return db.transaction(() => {
    const edit = db.prepare('SELECT id, before_grids, before_communities, created_grid_ids, undone_at FROM grid_edit WHERE id = ?').get(editId) as EditRow | undefined;
    if (!edit) throw new ApiError('not_found', `grid edit ${editId} does not exist`);
    if (edit.undone_at !== null) throw new ApiError('conflict', `grid edit ${editId} is already undone`);
    const latest = latestUndoableEditId(db);
    if (latest !== editId) throw new ApiError('conflict', `only the latest grid edit (${latest}) can be undone; undo that one first`);

    const beforeGrids = JSON.parse(edit.before_grids) as GridRow[];
    const created = JSON.parse(edit.created_grid_ids) as number[];
    const moves = db.prepare('SELECT entity, entity_id, from_grid_id, to_grid_id FROM grid_edit_move WHERE edit_id = ? ORDER BY rowid DESC').all(editId) as {
      entity: MovedEntity;
      entity_id: number;
      from_grid_id: number;
      to_grid_id: number;
    }[];

    // Grids first (the moves point back at them), with codes parked so none collide.
    const park = db.prepare("UPDATE grid SET code = '~' || id WHERE id = ?");
    for (const id of [...beforeGrids.map((g) => g.id!), ...created]) park.run(id);
    for (const row of beforeGrids) writeGridRow(db, row);
    for (const m of moves) db.prepare(`UPDATE ${MOVE_TABLES[m.entity]} SET grid_id = ? WHERE id = ?`).run(m.from_grid_id, m.entity_id);

    for (const id of created) {
      // Placed in this grid after the edit: place again in the restored grids.
      const fallbackGrid = (): number => {
        const boundary = db.prepare('SELECT boundary FROM grid WHERE id = ?').pluck().get(id) as string;
        const [lng, lat] = labelPoint(parsePolygon(boundary));
        return gridOutside(db, lng, lat, id);
      };
      for (const table of ['case_file', 'facility', 'party_org'] as const) {
        const rows = db.prepare(`SELECT id, lng, lat FROM ${table} WHERE grid_id = ?`).all(id) as { id: number; lng: number; lat: number }[];
        for (const r of rows) db.prepare(`UPDATE ${table} SET grid_id = ? WHERE id = ?`).run(gridOutside(db, r.lng, r.lat, id), r.id);
      }
      const buildings = db.prepare('SELECT id, center_lng AS lng, center_lat AS lat FROM building WHERE grid_id = ?').all(id) as { id: number; lng: number; lat: number }[];
      for (const b of buildings) db.prepare('UPDATE building SET grid_id = ? WHERE id = ?').run(gridOutside(db, b.lng, b.lat, id), b.id);
      const rest = db.prepare('SELECT count(*) FROM grid_staff WHERE grid_id = ?').pluck().get(id) as number;
      if (rest > 0) db.prepare('UPDATE grid_staff SET grid_id = ? WHERE grid_id = ?').run(fallbackGrid(), id);
      db.prepare('UPDATE dispatch_rule SET grid_id = ? WHERE grid_id = ?').run(fallbackGrid(), id);
      db.prepare('DELETE FROM grid_rtree WHERE id = ?').run(id);
      db.prepare('DELETE FROM grid WHERE id = ?').run(id);
    }
    restoreCommunities(db, JSON.parse(edit.before_communities) as CommunityRow[]);
    db.prepare('UPDATE grid_staff_review SET resolved_at = ? WHERE edit_id = ? AND resolved_at IS NULL').run(now, editId);
    db.prepare('UPDATE grid_edit SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, user.id, editId);
    appendAudit(db, now, { userId: user.id, action: 'grid.edit.undo', entity: 'grid_edit', entityId: editId, detail: { moves: moves.length, restoredGrids: beforeGrids.length, removedGrids: created.length } });
    return { undone: true as const, gridIds: [...beforeGrids.map((g) => g.id!), ...created] };
  })();
}

/** The grid holding a point, other than `not` (which is about to go); the nearest one if none holds it. */
function gridOutside(db: Db, lng: number, lat: number, not: number): number {
  const found = gridIdAt(db, lng, lat, not);
  if (found !== null) return found;
  return db.prepare('SELECT id FROM grid WHERE id <> ? ORDER BY ((min_lng + max_lng) / 2 - ?) * ((min_lng + max_lng) / 2 - ?) + ((min_lat + max_lat) / 2 - ?) * ((min_lat + max_lat) / 2 - ?) LIMIT 1').pluck().get(not, lng, lng, lat, lat) as number;
}
