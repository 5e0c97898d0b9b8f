// A community's boundary is the union of its grids: after grids change shape or move
// between communities, the communities involved are redrawn from them.
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../db/database';
import { boxOf, parsePolygon } from '../services/geo';
import { unionPieces } from './geometry';

export interface CommunityRow {
  id: number;
  boundary: string;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

export function communityRows(db: Db, ids: Iterable<number>): CommunityRow[] {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  return db.prepare(`SELECT id, boundary, min_lng, min_lat, max_lng, max_lat FROM community WHERE id IN (${list.join(',')})`).all() as CommunityRow[];
}

export function restoreCommunities(db: Db, rows: readonly CommunityRow[]): void {
  const update = db.prepare('UPDATE community SET boundary = ?, min_lng = ?, min_lat = ?, max_lng = ?, max_lat = ? WHERE id = ?');
  for (const r of rows) update.run(r.boundary, r.min_lng, r.min_lat, r.max_lng, r.max_lat, r.id);
}

export function redrawCommunities(db: Db, ids: Iterable<number>): void {
  const update = db.prepare('UPDATE community SET boundary = ?, min_lng = ?, min_lat = ?, max_lng = ?, max_lat = ? WHERE id = ?');
  for (const id of new Set(ids)) {
    const grids = (db.prepare('SELECT boundary FROM grid WHERE community_id = ?').pluck().all(id) as string[]).map(parsePolygon);
    // A community left with no grids keeps its old outline: it still exists as an organisation.
    if (grids.length === 0) continue;
    const pieces = unionPieces(grids);
    if (pieces.length === 0) continue;
    // A community whose grids no longer touch is stored as a MultiPolygon, as GeoJSON allows.
    const merged: Polygon | MultiPolygon = pieces.length === 1 ? pieces[0]! : { type: 'MultiPolygon', coordinates: pieces.map((p) => p.coordinates) };
    const [w, s, e, n] = boxOf(merged);
    update.run(JSON.stringify(merged), w, s, e, n, id);
  }
}
