// The chosen basemap file, kept as one JSON value in the office's `setting` table (key
// 'basemap'), like the backup settings; a missing value means no basemap.
import type { Db } from '../db/database';

const KEY = 'basemap';

export function basemapPath(db: Db): string | null {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return null;
  const value = JSON.parse(row.value) as { path?: unknown };
  return typeof value.path === 'string' ? value.path : null;
}

/** Callers validate the file first and write the audit entry in the same transaction. */
export function putBasemapPath(db: Db, path: string | null, userId: number | null, now: number): void {
  if (path === null) {
    db.prepare('DELETE FROM setting WHERE key = ?').run(KEY);
    return;
  }
  db.prepare(
    'INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(KEY, JSON.stringify({ path }), now, userId);
}
