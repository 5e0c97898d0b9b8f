// A building's new footprint. Its centre (the area centroid) decides its grid exactly as grid
// management places buildings: PointGridIndex over every grid, lowest id on a shared edge.
// Households go with their building (they hold no point); tenants keep their place inside
// it (shifted with the centre); a 楼栋长 post, open cases at the building and Party
// organisations placed by it (not a grid's own branch) follow its grid, as in a grid edit.
// Runs inside the caller's transaction.
import { centerOfMass, kinks } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { Db } from '../db/database';
import { PointGridIndex } from '../grids/geometry';
import { parsePolygon } from '../services/geo';
import { OPEN_STATUS_SQL } from '../services/openCases';
import type { Changes } from './changeLog';
import { fieldError } from './values';

export interface FootprintMove {
  fromGridId: number;
  toGridId: number;
  openCases: number;
  posts: number;
  partyOrgs: number;
}

function checkRings(p: Polygon): void {
  p.coordinates.forEach((ring, i) => {
    const [first, last] = [ring[0]!, ring[ring.length - 1]!];
    if (first[0] !== last[0] || first[1] !== last[1]) throw fieldError(`footprint.coordinates.${i}`, 'is not closed: the last position must repeat the first', 'invalid_input', 'footprint_not_closed');
    for (const [lng, lat] of ring) {
      if (!(lng! >= -180 && lng! <= 180 && lat! >= -90 && lat! <= 90)) throw fieldError(`footprint.coordinates.${i}`, 'holds a position that is not [longitude, latitude]', 'invalid_input', 'footprint_position');
    }
  });
  if (kinks(p).features.length > 0) throw fieldError('footprint', 'crosses itself: draw the outline without crossing edges', 'invalid_input', 'footprint_self_crossing');
}

export function reshapeBuilding(db: Db, buildingId: number, footprint: Polygon, changes: Changes): FootprintMove | null {
  checkRings(footprint);
  const before = db.prepare('SELECT footprint, center_lng, center_lat, grid_id FROM building WHERE id = ?').get(buildingId) as { footprint: string; center_lng: number; center_lat: number; grid_id: number };
  const [lng, lat] = centerOfMass(footprint).geometry.coordinates as [number, number];
  const grids = (db.prepare('SELECT id, code, boundary FROM grid').all() as { id: number; code: string; boundary: string }[]).map((g) => ({ id: g.id, geometry: parsePolygon(g.boundary) }));
  const gridId = new PointGridIndex(grids).gridAt(lng, lat);
  if (gridId === null) throw fieldError('footprint', 'has its centre outside every grid of the street', 'invalid_input', 'outside_street');
  const ring = footprint.coordinates.flat();
  const box = [Math.min(...ring.map((p) => p[0]!)), Math.min(...ring.map((p) => p[1]!)), Math.max(...ring.map((p) => p[0]!)), Math.max(...ring.map((p) => p[1]!))] as const;
  const text = JSON.stringify({ type: 'Polygon', coordinates: footprint.coordinates });
  db.prepare('UPDATE building SET footprint = ?, center_lng = ?, center_lat = ?, min_lng = ?, min_lat = ?, max_lng = ?, max_lat = ?, grid_id = ? WHERE id = ?').run(
    text,
    lng,
    lat,
    box[0],
    box[1],
    box[2],
    box[3],
    gridId,
    buildingId,
  );
  db.prepare('UPDATE building_rtree SET min_lng = ?, max_lng = ?, min_lat = ?, max_lat = ? WHERE id = ?').run(box[0], box[2], box[1], box[3], buildingId);
  db.prepare('UPDATE tenant SET lng = lng + ?, lat = lat + ? WHERE building_id = ?').run(lng - before.center_lng, lat - before.center_lat, buildingId);
  // The outline itself is not copied into the history: its centre says where it went.
  const at = (x: number, y: number) => `${x.toFixed(6)},${y.toFixed(6)}`;
  if (text !== before.footprint) changes.set('footprint', at(before.center_lng, before.center_lat), at(lng, lat));
  changes.set('gridId', before.grid_id, gridId);
  if (gridId === before.grid_id) return null;
  const openCases = db.prepare(`UPDATE case_file SET grid_id = ? WHERE building_id = ? AND status IN ${OPEN_STATUS_SQL}`).run(gridId, buildingId).changes;
  const posts = db.prepare(`UPDATE grid_staff SET grid_id = ? WHERE building_id = ? AND role = 'building_head'`).run(gridId, buildingId).changes;
  const partyOrgs = db.prepare(`UPDATE party_org SET grid_id = ? WHERE building_id = ? AND kind <> 'grid_branch' AND grid_id IS NOT NULL`).run(gridId, buildingId).changes;
  return { fromGridId: before.grid_id, toGridId: gridId, openCases, posts, partyOrgs };
}
