// Residents (人): add, edit, move to another household, leave the street (迁出 / 死亡). A
// resident who leaves is moved with the same id to resident_departed (see migration 0009):
// kept with their history, never deleted, and out of every count and search of the living
// register. Adding someone whose ID number is in resident_departed brings that record back (回迁).
//
// Every function here runs inside the caller's transaction and opens none: the API handler
// wraps each call in one; the Excel import's commit calls them inside its own.
import type { ResidentTag } from '../../../shared/domain';
import { HEAD_RELATION, type RegisterWriteResult, type ResidentAddInput, type ResidentLeaveInput, type ResidentMoveInput, type ResidentUpdateInput } from '../../../shared/registers';
import { requireInScope } from '../access/communityScope';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { prepared } from '../search/statements';
import { Changes, logChange, logStatus, nextId, result, today, type RegisterActor } from './changeLog';
import { loadHousehold, settleEmptied, settleOccupied, type HouseholdRow } from './householdStatus';
import { checkAgainst, checkIdentity, fieldError, normaliseOptionalPhone, notAfterToday } from './values';

export interface ResidentRow {
  id: number;
  household_id: number;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  id_number: string;
  phone: string | null;
  relation: string;
  tags: string;
  is_party_member: number;
}

const COLUMNS = 'id, household_id, name, gender, birth_date, id_number, phone, relation, tags, is_party_member';

export function loadResident(db: Db, id: number): ResidentRow | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM resident WHERE id = ?`).get(id) as ResidentRow | undefined;
}

function departedOn(db: Db, id: number): { status: string; left_on: string } | undefined {
  return prepared(db, 'SELECT status, left_on FROM resident_departed WHERE id = ?').get(id) as { status: string; left_on: string } | undefined;
}

/** The resident on the register, in the caller's scope; a departed one is named as such. */
function residentInScope(db: Db, actor: RegisterActor, id: number, path = 'id'): ResidentRow {
  const r = loadResident(db, id);
  if (!r) {
    const gone = departedOn(db, id);
    if (gone) throw fieldError(path, `names resident ${id}, who left the street (${gone.status === 'deceased' ? '死亡' : '迁出'}) on ${gone.left_on}`, 'conflict', 'resident_departed');
    throw fieldError(path, `names no resident (id ${id})`, 'not_found');
  }
  requireInScope(db, actor.user, 'household', r.household_id);
  return r;
}

function householdInScope(db: Db, actor: RegisterActor, id: number, path = 'householdId'): HouseholdRow {
  const h = loadHousehold(db, id);
  if (!h) throw fieldError(path, `names no household (id ${id})`, 'not_found');
  requireInScope(db, actor.user, 'household', id);
  return h;
}

/** Refuses a second 户主: the household's head must be changed first. */
function requireNoOtherHead(db: Db, h: HouseholdRow, self: number | null, path = 'relation'): void {
  const head = prepared(db, `SELECT id FROM resident WHERE household_id = ? AND relation = ? AND id IS NOT ?`).pluck().get(h.id, HEAD_RELATION, self) as number | undefined;
  if (head !== undefined) throw fieldError(path, `cannot be 户主: household ${h.id} already has a head (resident ${head}); change that resident's relation first`, 'conflict', 'household_has_head');
}

function sortedTags(tags: readonly ResidentTag[]): ResidentTag[] {
  return [...new Set(tags)].sort();
}

function requireIdNumberFree(db: Db, idNumber: string, self: number | null): void {
  const other = prepared(db, 'SELECT id, household_id FROM resident WHERE id_number = ? AND id IS NOT ?').get(idNumber, self) as { id: number; household_id: number } | undefined;
  if (other) throw fieldError('idNumber', `is already registered: resident ${other.id} in household ${other.household_id}`, 'conflict', 'id_number_taken');
  if (self !== null) {
    const gone = prepared(db, 'SELECT id, left_on FROM resident_departed WHERE id_number = ?').get(idNumber) as { id: number; left_on: string } | undefined;
    if (gone) throw fieldError('idNumber', `belongs to resident ${gone.id}, who left the street on ${gone.left_on}; register them again with resident.add`, 'conflict', 'id_number_taken');
  }
}

/**
 * Registers a person in a household (迁入), or brings back one who had left (same record,
 * same id). The ID number is checked by GB 11643, a 15-digit one upgraded; birth date and sex
 * come from it and must agree with what was typed. Runs inside the caller's transaction.
 */
export function addResident(db: Db, actor: RegisterActor, input: ResidentAddInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'resident');
  const h = householdInScope(db, actor, input.householdId);
  const day = today(actor);
  const identity = checkIdentity(input.idNumber, input, day);
  const phone = normaliseOptionalPhone(input.phone);
  const onDate = notAfterToday(input.onDate ?? day, day);
  requireIdNumberFree(db, identity.idNumber, null);
  if (input.relation === HEAD_RELATION) requireNoOtherHead(db, h, null);
  const tags = sortedTags(input.tags ?? []);
  const back = prepared(db, 'SELECT id, is_party_member FROM resident_departed WHERE id_number = ?').get(identity.idNumber) as { id: number; is_party_member: number } | undefined;
  const id = back?.id ?? nextId(db, 'resident', 'resident_departed');
  if (back) prepared(db, 'DELETE FROM resident_departed WHERE id = ?').run(id);
  prepared(db, `INSERT INTO resident (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id,
    h.id,
    input.name,
    identity.gender,
    identity.birthDate,
    identity.idNumber,
    phone,
    input.relation,
    JSON.stringify(tags),
    back?.is_party_member ?? 0,
  );
  if (input.relation === HEAD_RELATION) prepared(db, 'UPDATE household SET head_resident_id = ? WHERE id = ?').run(id, h.id);
  const action = back ? 'return' : 'add';
  const changes = new Changes()
    .set('status', back ? 'departed' : null, 'registered')
    .set('householdId', null, h.id)
    .set('address', null, h.address)
    .set('name', null, input.name)
    .set('idNumber', null, identity.idNumber)
    .set('birthDate', null, identity.birthDate)
    .set('gender', null, identity.gender)
    .set('phone', null, phone)
    .set('relation', null, input.relation)
    .set('tags', null, tags);
  logStatus(db, actor, 'resident', id, 'registered', onDate);
  logChange(db, actor, 'resident', id, action, changes.list, identity.upgraded ? { idNumberUpgradedFrom15: true } : {});
  const alsoChanged = settleOccupied(db, actor, h, onDate) ? [{ kind: 'household' as const, id: h.id }] : [];
  return result('resident', id, action, changes, { alsoChanged });
}

/** Edits a resident: name, ID number (birth date and sex follow it), phone, relation to the head, care tags. Runs inside the caller's transaction. */
/** The resident table's column for each field updateResident may change. */
const RESIDENT_COLUMN: Record<string, string> = { name: 'name', idNumber: 'id_number', birthDate: 'birth_date', gender: 'gender', phone: 'phone', relation: 'relation', tags: 'tags' };

export function updateResident(db: Db, actor: RegisterActor, input: ResidentUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'resident');
  const r = residentInScope(db, actor, input.id);
  const day = today(actor);
  let identity = { idNumber: r.id_number, birthDate: r.birth_date, gender: r.gender, upgraded: false };
  if (input.idNumber !== undefined) {
    identity = checkIdentity(input.idNumber, input, day);
    if (identity.idNumber !== r.id_number) requireIdNumberFree(db, identity.idNumber, r.id);
  } else {
    checkAgainst(identity, input);
  }
  const phone = input.phone === undefined ? r.phone : normaliseOptionalPhone(input.phone);
  const relation = input.relation ?? r.relation;
  const h = loadHousehold(db, r.household_id)!;
  if (relation === HEAD_RELATION && r.relation !== HEAD_RELATION) requireNoOtherHead(db, h, r.id);
  const tagsBefore = JSON.parse(r.tags) as ResidentTag[];
  const tags = input.tags === undefined ? tagsBefore : sortedTags(input.tags);
  const changes = new Changes()
    .set('name', r.name, input.name ?? r.name)
    .set('idNumber', r.id_number, identity.idNumber)
    .set('birthDate', r.birth_date, identity.birthDate)
    .set('gender', r.gender, identity.gender)
    .set('phone', r.phone, phone)
    .set('relation', r.relation, relation)
    .set('tags', tagsBefore, tags);
  if (changes.empty) return result('resident', r.id, 'update', changes);
  // Only the changed columns: SQLite rewrites an index entry for every indexed column named in
  // SET (name, ID number, phone tail), changed or not; an import's phone updates touch one.
  const stored: Record<string, string | null> = {
    name: input.name ?? r.name,
    id_number: identity.idNumber,
    birth_date: identity.birthDate,
    gender: identity.gender,
    phone,
    relation,
    tags: JSON.stringify(tags),
  };
  const columns = changes.fields().map((f) => RESIDENT_COLUMN[f]!);
  prepared(db, `UPDATE resident SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...columns.map((c) => stored[c]), r.id);
  if (relation === HEAD_RELATION) prepared(db, 'UPDATE household SET head_resident_id = ? WHERE id = ?').run(r.id, h.id);
  else if (h.head_resident_id === r.id) prepared(db, 'UPDATE household SET head_resident_id = NULL WHERE id = ?').run(h.id);
  logChange(db, actor, 'resident', r.id, 'update', changes.list, identity.upgraded ? { idNumberUpgradedFrom15: true } : {});
  return result('resident', r.id, 'update', changes);
}

/** Moves a resident to another household of the street (both in the caller's scope), with their relation there. Runs inside the caller's transaction. */
export function moveResident(db: Db, actor: RegisterActor, input: ResidentMoveInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'resident');
  const r = residentInScope(db, actor, input.id);
  const to = householdInScope(db, actor, input.householdId);
  if (to.id === r.household_id) throw fieldError('householdId', `is the household resident ${r.id} already lives in`, 'invalid_input', 'unchanged');
  const day = today(actor);
  const onDate = notAfterToday(input.onDate ?? day, day);
  if (input.relation === HEAD_RELATION) requireNoOtherHead(db, to, r.id);
  const from = loadHousehold(db, r.household_id)!;
  prepared(db, 'UPDATE resident SET household_id = ?, relation = ? WHERE id = ?').run(to.id, input.relation, r.id);
  if (from.head_resident_id === r.id) prepared(db, 'UPDATE household SET head_resident_id = NULL WHERE id = ?').run(from.id);
  if (input.relation === HEAD_RELATION) prepared(db, 'UPDATE household SET head_resident_id = ? WHERE id = ?').run(r.id, to.id);
  const changes = new Changes().set('householdId', from.id, to.id).set('address', from.address, to.address).set('relation', r.relation, input.relation);
  logChange(db, actor, 'resident', r.id, 'move', changes.list, { onDate });
  const alsoChanged: RegisterWriteResult['alsoChanged'] = [];
  if (settleEmptied(db, actor, from.id, 'vacant', onDate)) alsoChanged.push({ kind: 'household', id: from.id });
  if (settleOccupied(db, actor, to, onDate)) alsoChanged.push({ kind: 'household', id: to.id });
  return result('resident', r.id, 'move', changes, { alsoChanged });
}

/**
 * A resident leaves the street: 迁出 (moved away) or 死亡 (deceased), from a date. Their row
 * moves to resident_departed with the same id; a Party member record keeps its own name and
 * loses the link (the Party register will transfer it). Refused while they hold a grid staff
 * post: replace or vacate it first. Runs inside the caller's transaction.
 */
export function leaveResident(db: Db, actor: RegisterActor, input: ResidentLeaveInput, household: 'settle' | 'leave' = 'settle'): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'resident');
  const r = residentInScope(db, actor, input.id);
  const onDate = notAfterToday(input.onDate, today(actor));
  const posts = prepared(db, 'SELECT id, role FROM grid_staff WHERE resident_id = ? AND vacated_on IS NULL ORDER BY id').all(r.id) as { id: number; role: string }[];
  if (posts.length > 0) {
    throw fieldError('id', `resident ${r.id} holds grid staff posts (${posts.map((p) => `${p.role} post ${p.id}`).join(', ')}): replace or vacate them first`, 'conflict', 'holds_post');
  }
  const partyMembers = prepared(db, 'UPDATE party_member SET resident_id = NULL WHERE resident_id = ?').run(r.id).changes;
  prepared(db, 'UPDATE grid_staff SET resident_id = NULL WHERE resident_id = ?').run(r.id);
  prepared(db, `INSERT INTO resident_departed (${COLUMNS}, status, left_on) SELECT ${COLUMNS}, ?, ? FROM resident WHERE id = ?`).run(input.status, onDate, r.id);
  prepared(db, 'DELETE FROM resident WHERE id = ?').run(r.id);
  const h = loadHousehold(db, r.household_id)!;
  if (h.head_resident_id === r.id) prepared(db, 'UPDATE household SET head_resident_id = NULL WHERE id = ?').run(h.id);
  logStatus(db, actor, 'resident', r.id, input.status, onDate, input.note ?? '');
  const changes = [{ field: 'status', before: 'registered', after: input.status }];
  logChange(db, actor, 'resident', r.id, 'leave', changes, { onDate, ...(partyMembers ? { partyMemberUnlinked: partyMembers } : {}) });
  const alsoChanged: RegisterWriteResult['alsoChanged'] = [];
  if (household === 'settle' && settleEmptied(db, actor, h.id, input.status === 'moved_out' ? 'moved_out' : 'vacant', onDate)) alsoChanged.push({ kind: 'household', id: h.id });
  return result('resident', r.id, 'leave', changes, { alsoChanged });
}
