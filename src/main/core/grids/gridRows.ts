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

const LAST_ID_KEY = 'grid.lastId';

/**
 * A fresh grid id, never one a removed grid had: staff reviews, edit records and the
 * audit log name grids by id, and a reused id would pin them on the wrong grid.
 */
function nextGridId(db: Db): number {
  const max = db.prepare('SELECT coalesce(max(id), 0) FROM grid').pluck().get() as number;
  const last = Number((db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(LAST_ID_KEY) as string | undefined) ?? 0);
  const id = Math.max(max, last) + 1;
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(LAST_ID_KEY, String(id));
  return id;
}

/** Insert (id null: a fresh id; or an id that is not there) or update a grid; returns its id. */
export function writeGridRow(db: Db, row: GridRow): number {
  const exists = row.id !== null && db.prepare('SELECT 1 FROM grid WHERE id = ?').get(row.id) !== undefined;
  let id: number;
  if (exists) {
    db.prepare('UPDATE grid SET community_id = @community_id, code = @code, name = @name, boundary = @boundary, min_lng = @min_lng, min_lat = @min_lat, max_lng = @max_lng, max_lat = @max_lat WHERE id = @id').run(row);
    id = row.id!;
  } else {
    id = row.id ?? nextGridId(db);
    db.prepare('INSERT INTO grid (id, community_id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (@id, @community_id, @code, @name, @boundary, @min_lng, @min_lat, @max_lng, @max_lat)').run({ ...row, id });
  }
  db.prepare('INSERT OR REPLACE INTO grid_rtree (id, min_lng, max_lng, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)').run(id, row.min_lng, row.max_lng, row.min_lat, row.max_lat);
  return id;
}
