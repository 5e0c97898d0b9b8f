// Facilities (党群服务中心, 便民服务站, 志愿服务点): create, edit, move. A facility is a point:
// its grid is re-derived from the point exactly as grid management places points
// (PointGridIndex, lowest id on a shared edge), and its community is that grid's. An account
// limited to a community writes only facilities standing in it, at both ends of a move.
//
// Every function here runs inside the caller's transaction and opens none.
import type { FacilityKind } from '../../../shared/domain';
import type { FacilityCreateInput, FacilityMoveInput, FacilityUpdateInput } from '../../../shared/orgRegisters';
import type { RegisterWriteResult } from '../../../shared/registers';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { PointGridIndex } from '../grids/geometry';
import { parsePolygon } from '../services/geo';
import { Changes, logChange, result, type RegisterActor } from './changeLog';
import { requireOwnCommunity } from './partyMembers';
import { fieldError } from './values';

interface FacilityRow {
  id: number;
  kind: FacilityKind;
  name: string;
  community_id: number | null;
  grid_id: number;
  address: string;
  open_hours: string;
  lng: number;
  lat: number;
}

/** The grid and community a point lies in; refused outside every grid of the street. */
export function placePoint(db: Db, lng: number, lat: number, path = 'lng'): { gridId: number; communityId: number } {
  const candidates = db.prepare('SELECT id, boundary FROM grid WHERE min_lng <= @lng AND max_lng >= @lng AND min_lat <= @lat AND max_lat >= @lat').all({ lng, lat }) as { id: number; boundary: string }[];
  const gridId = new PointGridIndex(candidates.map((g) => ({ id: g.id, geometry: parsePolygon(g.boundary) }))).gridAt(lng, lat);
  if (gridId === null) throw fieldError(path, `[${lng}, ${lat}] lies outside every grid of the street`, 'invalid_input', 'outside_street');
  return { gridId, communityId: db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(gridId) as number };
}

function facilityInScope(db: Db, actor: RegisterActor, id: number): FacilityRow {
  const f = db.prepare('SELECT id, kind, name, community_id, grid_id, address, open_hours, lng, lat FROM facility WHERE id = ?').get(id) as FacilityRow | undefined;
  if (!f) throw fieldError('id', `names no facility (id ${id})`, 'not_found');
  const community = db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(f.grid_id) as number;
  requireOwnCommunity(actor, community, `facility ${id}`);
  return f;
}

const at = (lng: number, lat: number) => `${lng.toFixed(6)},${lat.toFixed(6)}`;

/** Opens a facility at a point. Runs inside the caller's transaction. */
export function createFacility(db: Db, actor: RegisterActor, input: FacilityCreateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'facility');
  const place = placePoint(db, input.lng, input.lat);
  requireOwnCommunity(actor, place.communityId, `the point [${input.lng}, ${input.lat}]`);
  const id = Number(
    db
      .prepare('INSERT INTO facility (kind, name, community_id, grid_id, address, open_hours, lng, lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.kind, input.name, place.communityId, place.gridId, input.address, input.openHours, input.lng, input.lat).lastInsertRowid,
  );
  const changes = new Changes()
    .set('kind', null, input.kind)
    .set('name', null, input.name)
    .set('address', null, input.address)
    .set('openHours', null, input.openHours)
    .set('location', null, at(input.lng, input.lat))
    .set('gridId', null, place.gridId)
    .set('communityId', null, place.communityId);
  logChange(db, actor, 'facility', id, 'create', changes.list);
  return result('facility', id, 'create', changes);
}

/** Edits a facility's kind, name, address or hours. Runs inside the caller's transaction. */
export function updateFacility(db: Db, actor: RegisterActor, input: FacilityUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'facility');
  const f = facilityInScope(db, actor, input.id);
  const next = { kind: input.kind ?? f.kind, name: input.name ?? f.name, address: input.address ?? f.address, openHours: input.openHours ?? f.open_hours };
  const changes = new Changes().set('kind', f.kind, next.kind).set('name', f.name, next.name).set('address', f.address, next.address).set('openHours', f.open_hours, next.openHours);
  if (changes.empty) return result('facility', f.id, 'update', changes);
  db.prepare('UPDATE facility SET kind = ?, name = ?, address = ?, open_hours = ? WHERE id = ?').run(next.kind, next.name, next.address, next.openHours, f.id);
  logChange(db, actor, 'facility', f.id, 'update', changes.list);
  return result('facility', f.id, 'update', changes);
}

/** Moves a facility to a new point; its grid and community follow from it. Runs inside the caller's transaction. */
export function moveFacility(db: Db, actor: RegisterActor, input: FacilityMoveInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'facility');
  const f = facilityInScope(db, actor, input.id);
  if (f.lng === input.lng && f.lat === input.lat) throw fieldError('lng', `is where facility ${f.id} already stands`, 'invalid_input', 'unchanged');
  const place = placePoint(db, input.lng, input.lat);
  requireOwnCommunity(actor, place.communityId, `the point [${input.lng}, ${input.lat}]`);
  const address = input.address ?? f.address;
  db.prepare('UPDATE facility SET lng = ?, lat = ?, grid_id = ?, community_id = ?, address = ? WHERE id = ?').run(input.lng, input.lat, place.gridId, place.communityId, address, f.id);
  const changes = new Changes()
    .set('location', at(f.lng, f.lat), at(input.lng, input.lat))
    .set('gridId', f.grid_id, place.gridId)
    .set('communityId', f.community_id, place.communityId)
    .set('address', f.address, address);
  logChange(db, actor, 'facility', f.id, 'move', changes.list);
  return result('facility', f.id, 'move', changes);
}
