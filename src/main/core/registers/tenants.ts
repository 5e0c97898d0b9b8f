// Tenants (市场主体): open, edit (USCC by GB 32100, category, employees, credit grade with
// its history), move to another building, and 营业 / 歇业 / 注销. A deregistered (注销) tenant
// moves with the same id to tenant_closed (migration 0009): kept, never deleted, out of the
// counts and coverage of tenants in business. A USCC is not reissued, so a closed tenant's
// code cannot open again.
//
// Every function here runs inside the caller's transaction and opens none: the API handler
// wraps each call in one; the Excel import's commit calls them inside its own.
import type { CreditGrade } from '../../../shared/domain';
import type { RegisterWriteResult, TenantMoveInput, TenantOpenInput, TenantStatusInput, TenantUpdateInput } from '../../../shared/registers';
import { requireInScope } from '../access/communityScope';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { Changes, logChange, logStatus, nextId, result, today, type RegisterActor } from './changeLog';
import { fieldError, normalisePhone, normaliseUscc, notAfterToday } from './values';

interface TenantRow {
  id: number;
  building_id: number;
  name: string;
  category: string;
  uscc: string;
  legal_rep: string;
  phone: string;
  employees: number;
  credit_grade: CreditGrade;
  floor: number;
  status: 'open' | 'suspended';
}

const COLUMNS = 'id, building_id, name, category, uscc, legal_rep, phone, employees, party_members, covering_org_id, credit_grade, floor, lng, lat';

interface BuildingFacts {
  id: number;
  floors: number;
  center_lng: number;
  center_lat: number;
}

function buildingInScope(db: Db, actor: RegisterActor, id: number, path = 'buildingId'): BuildingFacts {
  const b = db.prepare('SELECT id, floors, center_lng, center_lat FROM building WHERE id = ?').get(id) as BuildingFacts | undefined;
  if (!b) throw fieldError(path, `names no building (id ${id})`, 'not_found');
  requireInScope(db, actor.user, 'building', id);
  return b;
}

function checkFloor(b: BuildingFacts, floor: number): void {
  if (floor === 0) throw fieldError('floor', 'cannot be 0: the ground floor is 1, basements are -1, -2, …', 'invalid_input', 'floor_zero');
  if (floor > b.floors) throw fieldError('floor', `${floor} is above the building's top floor (${b.floors})`, 'invalid_input', 'floor_above', { floor: String(floor), top: String(b.floors) });
}

function tenantInScope(db: Db, actor: RegisterActor, id: number): TenantRow {
  const t = db.prepare('SELECT id, building_id, name, category, uscc, legal_rep, phone, employees, credit_grade, floor, status FROM tenant WHERE id = ?').get(id) as TenantRow | undefined;
  if (!t) {
    const closed = db.prepare('SELECT closed_on FROM tenant_closed WHERE id = ?').pluck().get(id) as string | undefined;
    if (closed) throw fieldError('id', `names tenant ${id}, deregistered (注销) on ${closed}: a closed tenant does not open again`, 'conflict', 'tenant_closed');
    throw fieldError('id', `names no tenant (id ${id})`, 'not_found');
  }
  requireInScope(db, actor.user, 'tenant', id);
  return t;
}

function requireUsccFree(db: Db, uscc: string, self: number | null): void {
  const other = db.prepare('SELECT id FROM tenant WHERE uscc = ? AND id IS NOT ?').pluck().get(uscc, self) as number | undefined;
  if (other !== undefined) throw fieldError('uscc', `is already registered to tenant ${other}`, 'conflict', 'uscc_taken');
  const closed = db.prepare('SELECT id, closed_on FROM tenant_closed WHERE uscc = ?').get(uscc) as { id: number; closed_on: string } | undefined;
  if (closed) throw fieldError('uscc', `belonged to tenant ${closed.id}, deregistered (注销) on ${closed.closed_on}: a code is not reissued`, 'conflict', 'uscc_taken');
}

function logGrade(db: Db, actor: RegisterActor, tenantId: number, grade: CreditGrade, since: string, note = ''): void {
  db.prepare('INSERT INTO tenant_credit_grade (tenant_id, grade, since, at, user_id, note) VALUES (?, ?, ?, ?, ?, ?)').run(tenantId, grade, since, actor.now, actor.user.id, note);
}

/** Registers a tenant in business (营业) in a building, at the building's centre. Runs inside the caller's transaction. */
export function openTenant(db: Db, actor: RegisterActor, input: TenantOpenInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'tenant');
  const b = buildingInScope(db, actor, input.buildingId);
  checkFloor(b, input.floor);
  const uscc = normaliseUscc(input.uscc);
  const phone = normalisePhone(input.phone);
  const day = today(actor);
  const onDate = notAfterToday(input.onDate ?? day, day);
  requireUsccFree(db, uscc, null);
  const id = nextId(db, 'tenant', 'tenant_closed');
  db.prepare(`INSERT INTO tenant (${COLUMNS}, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?, 'open')`).run(
    id,
    b.id,
    input.name,
    input.category,
    uscc,
    input.legalRep,
    phone,
    input.employees,
    input.creditGrade,
    input.floor,
    b.center_lng,
    b.center_lat,
  );
  const changes = new Changes()
    .set('buildingId', null, b.id)
    .set('name', null, input.name)
    .set('category', null, input.category)
    .set('uscc', null, uscc)
    .set('legalRep', null, input.legalRep)
    .set('phone', null, phone)
    .set('employees', null, input.employees)
    .set('creditGrade', null, input.creditGrade)
    .set('floor', null, input.floor)
    .set('status', null, 'open');
  logStatus(db, actor, 'tenant', id, 'open', onDate);
  logGrade(db, actor, id, input.creditGrade, onDate);
  logChange(db, actor, 'tenant', id, 'open', changes.list);
  return result('tenant', id, 'open', changes);
}

/** Edits a tenant; a new credit grade is added to its grade history from today. Runs inside the caller's transaction. */
export function updateTenant(db: Db, actor: RegisterActor, input: TenantUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'tenant');
  const t = tenantInScope(db, actor, input.id);
  const uscc = input.uscc === undefined ? t.uscc : normaliseUscc(input.uscc);
  if (uscc !== t.uscc) requireUsccFree(db, uscc, t.id);
  const phone = input.phone === undefined ? t.phone : normalisePhone(input.phone);
  const next = {
    name: input.name ?? t.name,
    category: input.category ?? t.category,
    legalRep: input.legalRep ?? t.legal_rep,
    employees: input.employees ?? t.employees,
    creditGrade: input.creditGrade ?? t.credit_grade,
  };
  const changes = new Changes()
    .set('name', t.name, next.name)
    .set('category', t.category, next.category)
    .set('uscc', t.uscc, uscc)
    .set('legalRep', t.legal_rep, next.legalRep)
    .set('phone', t.phone, phone)
    .set('employees', t.employees, next.employees)
    .set('creditGrade', t.credit_grade, next.creditGrade);
  if (input.gradeNote !== undefined && next.creditGrade === t.credit_grade) throw fieldError('gradeNote', 'is kept with a new credit grade: give creditGrade too, or leave the note out', 'invalid_input', 'grade_note_alone');
  if (changes.empty) return result('tenant', t.id, 'update', changes);
  db.prepare('UPDATE tenant SET name = ?, category = ?, uscc = ?, legal_rep = ?, phone = ?, employees = ?, credit_grade = ? WHERE id = ?').run(
    next.name,
    next.category,
    uscc,
    next.legalRep,
    phone,
    next.employees,
    next.creditGrade,
    t.id,
  );
  if (next.creditGrade !== t.credit_grade) logGrade(db, actor, t.id, next.creditGrade, today(actor), input.gradeNote ?? '');
  logChange(db, actor, 'tenant', t.id, 'update', changes.list);
  return result('tenant', t.id, 'update', changes);
}

/** Moves a tenant to another building (both in the caller's scope), at the new building's centre. Runs inside the caller's transaction. */
export function moveTenant(db: Db, actor: RegisterActor, input: TenantMoveInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'tenant');
  const t = tenantInScope(db, actor, input.id);
  const b = buildingInScope(db, actor, input.buildingId);
  checkFloor(b, input.floor);
  const changes = new Changes().set('buildingId', t.building_id, b.id).set('floor', t.floor, input.floor);
  if (changes.empty) throw fieldError('buildingId', `is where tenant ${t.id} already is, on that floor`, 'invalid_input', 'unchanged');
  db.prepare('UPDATE tenant SET building_id = ?, floor = ?, lng = ?, lat = ? WHERE id = ?').run(b.id, input.floor, b.center_lng, b.center_lat, t.id);
  logChange(db, actor, 'tenant', t.id, 'move', changes.list);
  return result('tenant', t.id, 'move', changes);
}

/** 营业 (open), 歇业 (suspended) or 注销 (closed: moved to tenant_closed, for good). Runs inside the caller's transaction. */
export function setTenantStatus(db: Db, actor: RegisterActor, input: TenantStatusInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'tenant');
  const t = tenantInScope(db, actor, input.id);
  const onDate = notAfterToday(input.onDate, today(actor));
  if (t.status === input.status) throw fieldError('status', `is already ${input.status}`, 'invalid_input', 'unchanged');
  if (input.status === 'closed') {
    db.prepare(`INSERT INTO tenant_closed (${COLUMNS}, closed_on) SELECT ${COLUMNS}, ? FROM tenant WHERE id = ?`).run(onDate, t.id);
    db.prepare('DELETE FROM tenant WHERE id = ?').run(t.id);
  } else {
    db.prepare('UPDATE tenant SET status = ? WHERE id = ?').run(input.status, t.id);
  }
  const changes = [{ field: 'status', before: t.status, after: input.status }];
  logStatus(db, actor, 'tenant', t.id, input.status, onDate, input.note ?? '');
  logChange(db, actor, 'tenant', t.id, 'status', changes, { onDate });
  return result('tenant', t.id, 'status', changes);
}
