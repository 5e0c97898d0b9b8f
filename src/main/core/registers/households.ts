// Households (户进房): create one in a building (unit, floor, room), edit it, and set its status
// 在住 / 迁出 / 空置. A household's address is its building's address with the unit and room
// (as the demo street writes it), rebuilt whenever they change. 迁出 moves every registered
// member out on that day; 空置 is refused while anyone is registered there.
//
// Every function here runs inside the caller's transaction and opens none: the API handler
// wraps each call in one; the Excel import's commit calls them inside its own.
import type { HouseholdCreateInput, HouseholdStatusInput, HouseholdUpdateInput, RegisterWriteResult } from '../../../shared/registers';
import { requireInScope } from '../access/communityScope';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { prepared } from '../search/statements';
import { Changes, logChange, logStatus, result, today, type RegisterActor } from './changeLog';
import { loadHousehold, registeredMembers, setHouseholdStatus, type HouseholdRow } from './householdStatus';
import { leaveResident } from './residents';
import { fieldError, notAfterToday } from './values';

interface BuildingFacts {
  id: number;
  address: string;
  floors: number;
}

function buildingInScope(db: Db, actor: RegisterActor, id: number, path = 'buildingId'): BuildingFacts {
  const b = prepared(db, 'SELECT id, address, floors FROM building WHERE id = ?').get(id) as BuildingFacts | undefined;
  if (!b) throw fieldError(path, `names no building (id ${id})`, 'not_found');
  requireInScope(db, actor.user, 'building', id);
  return b;
}

export function householdAddress(buildingAddress: string, unit: number, room: string): string {
  return `${buildingAddress}${unit}单元${room}`;
}

function checkFloor(b: BuildingFacts, floor: number, path = 'floor'): void {
  if (floor === 0) throw fieldError(path, 'cannot be 0: the ground floor is 1, basements are -1, -2, …', 'invalid_input', 'floor_zero');
  if (floor > b.floors) throw fieldError(path, `${floor} is above the building's top floor (${b.floors})`, 'invalid_input', 'floor_above', { floor: String(floor), top: String(b.floors) });
}

function requirePlaceFree(db: Db, buildingId: number, unit: number, room: string, self: number | null): void {
  const other = prepared(db, 'SELECT id FROM household WHERE building_id = ? AND unit = ? AND room = ? AND id IS NOT ?').pluck().get(buildingId, unit, room, self) as number | undefined;
  if (other !== undefined) throw fieldError('room', `${unit}单元${room} already exists in this building (household ${other})`, 'conflict', 'household_exists');
}

/** Creates a household in a building; it is 空置 until someone is registered there, unless created 在住. Runs inside the caller's transaction. */
export function createHousehold(db: Db, actor: RegisterActor, input: HouseholdCreateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'household');
  const b = buildingInScope(db, actor, input.buildingId);
  checkFloor(b, input.floor);
  requirePlaceFree(db, b.id, input.unit, input.room, null);
  const status = input.status ?? 'vacant';
  const address = householdAddress(b.address, input.unit, input.room);
  const id = Number(
    db
      .prepare('INSERT INTO household (building_id, unit, floor, room, address, tenure, head_resident_id, status) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)')
      .run(b.id, input.unit, input.floor, input.room, address, input.tenure, status).lastInsertRowid,
  );
  const changes = new Changes()
    .set('buildingId', null, b.id)
    .set('unit', null, input.unit)
    .set('floor', null, input.floor)
    .set('room', null, input.room)
    .set('address', null, address)
    .set('tenure', null, input.tenure)
    .set('status', null, status);
  logStatus(db, actor, 'household', id, status, today(actor));
  logChange(db, actor, 'household', id, 'create', changes.list);
  return result('household', id, 'create', changes);
}

function householdInScope(db: Db, actor: RegisterActor, id: number): HouseholdRow {
  const h = loadHousehold(db, id);
  if (!h) throw fieldError('id', `names no household (id ${id})`, 'not_found');
  requireInScope(db, actor.user, 'household', id);
  return h;
}

/** Edits unit, floor, room (the address follows) and tenure. Runs inside the caller's transaction. */
export function updateHousehold(db: Db, actor: RegisterActor, input: HouseholdUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'household');
  const h = householdInScope(db, actor, input.id);
  const b = buildingInScope(db, actor, h.building_id);
  const unit = input.unit ?? h.unit;
  const floor = input.floor ?? h.floor;
  const room = input.room ?? h.room;
  const tenure = input.tenure ?? h.tenure;
  if (input.floor !== undefined) checkFloor(b, floor);
  if (unit !== h.unit || room !== h.room) requirePlaceFree(db, b.id, unit, room, h.id);
  const address = householdAddress(b.address, unit, room);
  const changes = new Changes().set('unit', h.unit, unit).set('floor', h.floor, floor).set('room', h.room, room).set('address', h.address, address).set('tenure', h.tenure, tenure);
  if (changes.empty) return result('household', h.id, 'update', changes);
  prepared(db, 'UPDATE household SET unit = ?, floor = ?, room = ?, address = ?, tenure = ? WHERE id = ?').run(unit, floor, room, address, tenure, h.id);
  logChange(db, actor, 'household', h.id, 'update', changes.list);
  return result('household', h.id, 'update', changes);
}

/**
 * 迁入 (occupied), 迁出 (moved_out: every registered member leaves as 迁出 on that day) or
 * 空置 (vacant: refused while anyone is registered). Runs inside the caller's transaction.
 */
export function setHouseholdStatusBy(db: Db, actor: RegisterActor, input: HouseholdStatusInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'household');
  const h = householdInScope(db, actor, input.id);
  const onDate = notAfterToday(input.onDate, today(actor));
  if (h.status === input.status) throw fieldError('status', `is already ${input.status}`, 'invalid_input', 'unchanged');
  const alsoChanged: RegisterWriteResult['alsoChanged'] = [];
  if (input.status === 'vacant') {
    const n = registeredMembers(db, h.id);
    if (n > 0) throw fieldError('status', `cannot be vacant (空置) while ${n} residents are registered here: move them or record them as 迁出 first`, 'conflict', 'household_not_empty');
  }
  if (input.status === 'moved_out') {
    const members = prepared(db, 'SELECT id FROM resident WHERE household_id = ? ORDER BY id').pluck().all(h.id) as number[];
    for (const id of members) {
      leaveResident(db, actor, { id, status: 'moved_out', onDate, note: input.note }, 'leave');
      alsoChanged.push({ kind: 'resident', id });
    }
  }
  setHouseholdStatus(db, actor, h, input.status, onDate, input.note ?? '', alsoChanged.length ? { residentsMovedOut: alsoChanged.length } : {});
  return result('household', h.id, 'status', [{ field: 'status', before: h.status, after: input.status }], { alsoChanged });
}
