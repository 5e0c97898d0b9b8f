// Open cases as map markers: position, state and kind only.
import type { CaseStatus } from '../../../shared/domain';
import type { WallMarker } from '../../../shared/wall';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from './sql';

interface MarkerRow {
  id: number;
  code: string;
  lng: number;
  lat: number;
  status: CaseStatus;
  grid_id: number;
  community_id: number;
  category: string;
  supervised: number;
  reported_at: number;
  dispatched_at: number | null;
  due_at: number | null;
}

const MARKER_SQL = `
  SELECT cf.id, cf.code, cf.lng, cf.lat, cf.status, cf.grid_id, g.community_id, c.name AS category, cf.supervised,
         cf.reported_at, cf.dispatched_at, cf.due_at
    FROM case_file cf
    JOIN grid g ON g.id = cf.grid_id
    JOIN case_category c ON c.id = cf.category_id
   WHERE cf.status IN ${OPEN_STATUS_SQL}`;

function toMarker(r: MarkerRow): WallMarker {
  return {
    caseId: r.id,
    code: r.code,
    lng: r.lng,
    lat: r.lat,
    status: r.status,
    gridId: r.grid_id,
    communityId: r.community_id,
    category: r.category,
    supervised: r.supervised === 1,
    reportedAt: r.reported_at,
    dispatchedAt: r.dispatched_at,
    dueAt: r.due_at,
  };
}

/** Every open case of the street, oldest report first. */
export function allMarkers(db: Db): WallMarker[] {
  return (db.prepare(`${MARKER_SQL} ORDER BY cf.reported_at, cf.id`).all() as MarkerRow[]).map(toMarker);
}

/** The given cases that are still open. */
export function markersFor(db: Db, caseIds: readonly number[]): WallMarker[] {
  if (caseIds.length === 0) return [];
  return (db.prepare(`${MARKER_SQL} AND cf.id IN (SELECT value FROM json_each(?)) ORDER BY cf.reported_at, cf.id`).all(JSON.stringify(caseIds)) as MarkerRow[]).map(toMarker);
}
