// Where a point lies: its grid (R*Tree candidates, then point-in-polygon) and the
// nearest building, for intake from a map click.
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { GridRef, PlaceAt } from '../../../shared/views';
import type { Db } from '../db/database';
import { gridRef } from '../services/refs';
import { parsePolygon } from '../services/geo';

/** The grid holding a point (the lowest id on a shared edge, as in PointGridIndex). */
export function gridIdAt(db: Db, lng: number, lat: number): number | null {
  const candidates = db
    .prepare('SELECT g.id, g.boundary FROM grid_rtree r JOIN grid g ON g.id = r.id WHERE r.min_lng <= @lng AND r.max_lng >= @lng AND r.min_lat <= @lat AND r.max_lat >= @lat ORDER BY g.id')
    .all({ lng, lat }) as { id: number; boundary: string }[];
  for (const c of candidates) if (booleanPointInPolygon([lng, lat], parsePolygon(c.boundary))) return c.id;
  return null;
}

export function gridAt(db: Db, lng: number, lat: number): GridRef | null {
  const id = gridIdAt(db, lng, lat);
  return id === null ? null : gridRef(db, id);
}

/** About 111 m per 0.001° of latitude; a box of ±0.001° finds buildings within ~100 m. */
const SEARCH_DEG = 0.001;

/** The nearest building, or the nearest one of grid `gridId` (a case's building lies in its grid). */
export function nearestBuilding(db: Db, lng: number, lat: number, gridId?: number): { id: number; address: string; metres: number } | null {
  const rows = db
    .prepare(
      `SELECT b.id, b.address, b.center_lng, b.center_lat FROM building_rtree r JOIN building b ON b.id = r.id
        WHERE r.max_lng >= ? AND r.min_lng <= ? AND r.max_lat >= ? AND r.min_lat <= ? AND (? IS NULL OR b.grid_id = ?)`,
    )
    .all(lng - SEARCH_DEG, lng + SEARCH_DEG, lat - SEARCH_DEG, lat + SEARCH_DEG, gridId ?? null, gridId ?? null) as { id: number; address: string; center_lng: number; center_lat: number }[];
  let best: { id: number; address: string; metres: number } | null = null;
  for (const r of rows) {
    const metres = distance([lng, lat], [r.center_lng, r.center_lat], { units: 'meters' });
    if (!best || metres < best.metres) best = { id: r.id, address: r.address, metres };
  }
  return best;
}

export function placeAt(db: Db, lng: number, lat: number): PlaceAt {
  const grid = gridAt(db, lng, lat);
  const near = grid ? nearestBuilding(db, lng, lat, grid.id) : null;
  return { grid, buildingId: near?.id ?? null, address: near ? `${near.address}附近` : null };
}
