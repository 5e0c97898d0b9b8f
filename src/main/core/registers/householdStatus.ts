// A household's status follows its people: registering someone in a 空置 or 迁出 home makes it
// 在住; when its last registered member leaves it becomes 迁出 (they moved away) or 空置 (they
// moved within the street, or died). Kept in step by the resident writes, in their transaction.
import type { HouseholdStatus } from '../../../shared/registers';
import type { Db } from '../db/database';
import { prepared } from '../search/statements';
import { logChange, logStatus, type RegisterActor } from './changeLog';

export interface HouseholdRow {
  id: number;
  building_id: number;
  unit: number;
  floor: number;
  room: string;
  address: string;
  tenure: string;
  head_resident_id: number | null;
  status: HouseholdStatus;
}

export function loadHousehold(db: Db, id: number): HouseholdRow | undefined {
  return prepared(db, 'SELECT id, building_id, unit, floor, room, address, tenure, head_resident_id, status FROM household WHERE id = ?').get(id) as HouseholdRow | undefined;
}

/** Sets the status with its history rows; false when it already was that. */
export function setHouseholdStatus(db: Db, actor: RegisterActor, h: Pick<HouseholdRow, 'id' | 'status'>, status: HouseholdStatus, onDate: string, note = '', extra: Record<string, unknown> = {}): boolean {
  if (h.status === status) return false;
  prepared(db, 'UPDATE household SET status = ? WHERE id = ?').run(status, h.id);
  logStatus(db, actor, 'household', h.id, status, onDate, note);
  logChange(db, actor, 'household', h.id, 'status', [{ field: 'status', before: h.status, after: status }], extra);
  return true;
}

export function registeredMembers(db: Db, householdId: number): number {
  return prepared(db, 'SELECT count(*) FROM resident WHERE household_id = ?').pluck().get(householdId) as number;
}

/** After a member left (or moved away): an emptied home is 迁出 or 空置. True when the status changed. */
export function settleEmptied(db: Db, actor: RegisterActor, householdId: number, how: 'moved_out' | 'vacant', onDate: string): boolean {
  if (registeredMembers(db, householdId) > 0) return false;
  const h = loadHousehold(db, householdId);
  if (!h) return false;
  return setHouseholdStatus(db, actor, h, how, onDate, '', { cause: 'lastMemberLeft' });
}

/** Someone was registered in the home: it is lived in. True when the status changed. */
export function settleOccupied(db: Db, actor: RegisterActor, h: Pick<HouseholdRow, 'id' | 'status'>, onDate: string): boolean {
  return setHouseholdStatus(db, actor, h, 'occupied', onDate, '', { cause: 'memberRegistered' });
}
