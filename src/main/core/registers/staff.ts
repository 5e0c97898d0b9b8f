// Grid staff posts ("11XN"): 网格长 and 网格员 per grid (one each), 楼栋长 per building (one),
// volunteers per grid (any number). Assign a post, replace its holder (the post row stays, so
// the cases assigned to the post stay with it), or vacate it (the row stays too, with
// vacated_on: closed cases keep the name they were handled under). A grid's pending staff
// reviews (raised by grid edits, grids/staffReviews.ts) are resolved when a 网格长/网格员 post
// of that grid is written (assigned, replaced or vacated) and the grid is left staffed.
//
// Every function here runs inside the caller's transaction and opens none: the API handler
// wraps each call in one; the Excel import's commit calls them inside its own.
import type { StaffRole } from '../../../shared/domain';
import type { Register, RegisterWriteResult, StaffAssignInput, StaffReplaceInput, StaffVacateInput } from '../../../shared/registers';
import { requireInScope } from '../access/communityScope';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { Changes, logChange, logStatus, result, today, type RegisterActor } from './changeLog';
import { fieldError, normalisePhone, notAfterToday } from './values';

const GRID_POSTS: readonly StaffRole[] = ['grid_head', 'grid_worker'];

export function registerOfPost(role: StaffRole): Register {
  return GRID_POSTS.includes(role) ? 'gridPost' : 'buildingPost';
}

interface PostRow {
  id: number;
  grid_id: number;
  role: StaffRole;
  name: string;
  phone: string;
  resident_id: number | null;
  building_id: number | null;
  is_party_member: number;
  vacated_on: string | null;
}

function postInScope(db: Db, actor: RegisterActor, id: number): PostRow {
  const p = db.prepare('SELECT id, grid_id, role, name, phone, resident_id, building_id, is_party_member, vacated_on FROM grid_staff WHERE id = ?').get(id) as PostRow | undefined;
  if (!p) throw fieldError('id', `names no grid staff post (id ${id})`, 'not_found');
  requireRegisterWrite(actor.user, registerOfPost(p.role));
  requireInScope(db, actor.user, 'grid', p.grid_id);
  if (p.vacated_on !== null) throw fieldError('id', `names post ${id}, vacated on ${p.vacated_on}: assign a new holder with staff.assign`, 'conflict', 'post_vacated');
  return p;
}

/** The holder's resident record, when named: on the register, and in the caller's scope. */
function checkResident(db: Db, actor: RegisterActor, residentId: number | null | undefined, name: string): number | null {
  if (residentId === null || residentId === undefined) return null;
  const r = db.prepare('SELECT r.household_id, r.name FROM resident r WHERE r.id = ?').get(residentId) as { household_id: number; name: string } | undefined;
  if (!r) throw fieldError('residentId', `names no resident on the register (id ${residentId})`, 'not_found');
  requireInScope(db, actor.user, 'household', r.household_id);
  if (r.name !== name) throw fieldError('name', `differs from the name registered for resident ${residentId}`, 'invalid_input', 'name_differs_resident');
  return residentId;
}

/** Resolves the grid's pending staff reviews when it has a 网格长 or 网格员 again. */
function resolveReviews(db: Db, actor: RegisterActor, gridId: number): number[] {
  const staffed = db.prepare(`SELECT 1 FROM grid_staff WHERE grid_id = ? AND role IN ('grid_head', 'grid_worker') AND vacated_on IS NULL`).get(gridId) !== undefined;
  if (!staffed) return [];
  const ids = db.prepare('SELECT id FROM grid_staff_review WHERE grid_id = ? AND resolved_at IS NULL ORDER BY id').pluck().all(gridId) as number[];
  if (ids.length) db.prepare(`UPDATE grid_staff_review SET resolved_at = ? WHERE id IN (${ids.join(',')})`).run(actor.now);
  return ids;
}

function requirePostFree(db: Db, role: StaffRole, gridId: number, buildingId: number | null): void {
  if (role === 'volunteer') return;
  const held =
    role === 'building_head'
      ? (db.prepare(`SELECT id FROM grid_staff WHERE building_id = ? AND role = 'building_head' AND vacated_on IS NULL`).pluck().get(buildingId) as number | undefined)
      : (db.prepare('SELECT id FROM grid_staff WHERE grid_id = ? AND role = ? AND vacated_on IS NULL').pluck().get(gridId, role) as number | undefined);
  if (held !== undefined) {
    const where = role === 'building_head' ? `building ${buildingId}` : `grid ${gridId}`;
    throw fieldError('role', `${role} of ${where} is held (post ${held}): replace its holder (staff.replace) or vacate it first`, 'conflict', 'post_held');
  }
}

/** Fills a post: 网格长/网格员/志愿者 in a grid, 楼栋长 of a building (its grid follows the building). Runs inside the caller's transaction. */
export function assignStaff(db: Db, actor: RegisterActor, input: StaffAssignInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, registerOfPost(input.role));
  let gridId: number;
  let buildingId: number | null = null;
  if (input.role === 'building_head') {
    if (input.buildingId === undefined) throw fieldError('buildingId', 'is required for a building head (楼栋长)', 'invalid_input', 'building_required');
    const b = db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck().get(input.buildingId) as number | undefined;
    if (b === undefined) throw fieldError('buildingId', `names no building (id ${input.buildingId})`, 'not_found');
    if (input.gridId !== undefined && input.gridId !== b) throw fieldError('gridId', `is not the grid of building ${input.buildingId} (grid ${b}); leave it out`, 'invalid_input', 'grid_not_building', { grid: String(b) });
    requireInScope(db, actor.user, 'building', input.buildingId);
    gridId = b;
    buildingId = input.buildingId;
  } else {
    if (input.gridId === undefined) throw fieldError('gridId', `is required for a ${input.role}`, 'invalid_input', 'grid_required');
    if (input.buildingId !== undefined) throw fieldError('buildingId', 'is only for a building head (楼栋长); leave it out', 'invalid_input', 'building_head_only');
    if (!db.prepare('SELECT 1 FROM grid WHERE id = ?').get(input.gridId)) throw fieldError('gridId', `names no grid (id ${input.gridId})`, 'not_found');
    requireInScope(db, actor.user, 'grid', input.gridId);
    gridId = input.gridId;
  }
  const phone = normalisePhone(input.phone);
  const day = today(actor);
  const onDate = notAfterToday(input.onDate ?? day, day);
  const residentId = checkResident(db, actor, input.residentId, input.name);
  requirePostFree(db, input.role, gridId, buildingId);
  const party = input.isPartyMember ? 1 : 0;
  const id = Number(
    db
      .prepare('INSERT INTO grid_staff (grid_id, role, name, phone, resident_id, building_id, is_party_member) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(gridId, input.role, input.name, phone, residentId, buildingId, party).lastInsertRowid,
  );
  const changes = new Changes()
    .set('role', null, input.role)
    .set('gridId', null, gridId)
    .set('buildingId', null, buildingId)
    .set('name', null, input.name)
    .set('phone', null, phone)
    .set('residentId', null, residentId)
    .set('isPartyMember', null, party === 1)
    .set('status', null, 'serving');
  logStatus(db, actor, 'gridStaff', id, 'serving', onDate);
  const resolvedReviews = registerOfPost(input.role) === 'gridPost' ? resolveReviews(db, actor, gridId) : [];
  logChange(db, actor, 'gridStaff', id, 'assign', changes.list, resolvedReviews.length ? { resolvedReviews } : {});
  return result('gridStaff', id, 'assign', changes, { resolvedReviews });
}

/** A new holder in the same post (cases assigned to the post stay with it). Runs inside the caller's transaction. */
export function replaceStaff(db: Db, actor: RegisterActor, input: StaffReplaceInput): RegisterWriteResult {
  const p = postInScope(db, actor, input.id);
  const phone = normalisePhone(input.phone);
  const day = today(actor);
  const onDate = notAfterToday(input.onDate ?? day, day);
  const residentId = checkResident(db, actor, input.residentId, input.name);
  const party = input.isPartyMember === undefined ? p.is_party_member : input.isPartyMember ? 1 : 0;
  const changes = new Changes()
    .set('name', p.name, input.name)
    .set('phone', p.phone, phone)
    .set('residentId', p.resident_id, residentId)
    .set('isPartyMember', p.is_party_member === 1, party === 1);
  if (changes.empty) throw fieldError('name', `is the post's holder already (post ${p.id}), with the same phone`, 'invalid_input', 'unchanged');
  db.prepare('UPDATE grid_staff SET name = ?, phone = ?, resident_id = ?, is_party_member = ? WHERE id = ?').run(input.name, phone, residentId, party, p.id);
  logStatus(db, actor, 'gridStaff', p.id, 'serving', onDate, 'replaced');
  const resolvedReviews = registerOfPost(p.role) === 'gridPost' ? resolveReviews(db, actor, p.grid_id) : [];
  logChange(db, actor, 'gridStaff', p.id, 'replace', changes.list, { onDate, ...(resolvedReviews.length ? { resolvedReviews } : {}) });
  return result('gridStaff', p.id, 'replace', changes, { resolvedReviews });
}

/** Vacates a post: refused while open cases or enabled dispatch rules point at it (reassign them first). Runs inside the caller's transaction. */
export function vacateStaff(db: Db, actor: RegisterActor, input: StaffVacateInput): RegisterWriteResult {
  const p = postInScope(db, actor, input.id);
  const onDate = notAfterToday(input.onDate, today(actor));
  const open = db.prepare(`SELECT count(*) FROM case_file WHERE assignee_staff_id = ? AND status IN ${OPEN_STATUS_SQL}`).pluck().get(p.id) as number;
  if (open > 0) throw fieldError('id', `post ${p.id} has ${open} open cases assigned: reassign them (改派) or replace the holder instead`, 'conflict', 'post_has_cases');
  const rules = db.prepare(`SELECT count(*) FROM dispatch_rule WHERE assignee_kind = 'staff' AND assignee_id = ? AND enabled = 1`).pluck().get(p.id) as number;
  if (rules > 0) throw fieldError('id', `post ${p.id} is the target of ${rules} dispatch rules: change or disable them first`, 'conflict', 'post_has_rules');
  db.prepare('UPDATE grid_staff SET vacated_on = ? WHERE id = ?').run(onDate, p.id);
  const changes = [{ field: 'status', before: 'serving', after: 'vacated' }];
  logStatus(db, actor, 'gridStaff', p.id, 'vacated', onDate, input.note ?? '');
  // Vacating one of two inherited posts (a grid merged in) settles that grid's review too.
  const resolvedReviews = registerOfPost(p.role) === 'gridPost' ? resolveReviews(db, actor, p.grid_id) : [];
  logChange(db, actor, 'gridStaff', p.id, 'vacate', changes, { onDate, ...(resolvedReviews.length ? { resolvedReviews } : {}) });
  return result('gridStaff', p.id, 'vacate', changes, { resolvedReviews });
}
