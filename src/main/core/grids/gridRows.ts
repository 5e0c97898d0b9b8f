// The grid row as stored, and the one writer that keeps it and its R*Tree entry in step.
import type { Db } from '../db/database';

export interface GridRow {
  id: number | null;
  community_id: number;
  code: string;
  name: string;
  boundary: string;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

/** Insert (id null, or an id that is not there) or update a grid; returns its id. */
export function writeGridRow(db: Db, row: GridRow): number {
  const exists = row.id !== null && db.prepare('SELECT 1 FROM grid WHERE id = ?').get(row.id) !== undefined;
  let id: number;
  if (exists) {
    db.prepare('UPDATE grid SET community_id = @community_id, code = @code, name = @name, boundary = @boundary, min_lng = @min_lng, min_lat = @min_lat, max_lng = @max_lng, max_lat = @max_lat WHERE id = @id').run(row);
    id = row.id!;
  } else {
    id = Number(
      db
        .prepare('INSERT INTO grid (id, community_id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (@id, @community_id, @code, @name, @boundary, @min_lng, @min_lat, @max_lng, @max_lat)')
        .run(row).lastInsertRowid,
    );
  }
  db.prepare('INSERT OR REPLACE INTO grid_rtree (id, min_lng, max_lng, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)').run(id, row.min_lng, row.max_lng, row.min_lat, row.max_lat);
  return id;
}
