// Departments (科室, 区级部门, 公用事业单位): the dispatch targets beside the grid staff. Create,
// edit (rename, kind, phone), deactivate, and say which department a handler account works
// for. A department is never deleted: cases keep pointing at it. Deactivating one takes it
// out of the dispatch choices (cases/assignees.ts) while its open cases stay with it, so
// its handlers finish them or the desk reassigns them (改派); it is refused while a
// dispatch rule or a category's owner still names it.
//
// Every function here runs inside the caller's transaction and opens none.
import type { DepartmentCreateInput, DepartmentDeactivateInput, DepartmentHandlerInput, DepartmentUpdateInput } from '../../../shared/orgRegisters';
import type { RegisterWriteResult } from '../../../shared/registers';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { Changes, logChange, logStatus, result, today, type RegisterActor } from './changeLog';
import { fieldError, normalisePhone, notAfterToday } from './values';

interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  kind: 'street' | 'district' | 'utility';
  phone: string;
  deactivated_on: string | null;
}

export function activeDepartment(db: Db, id: number, path = 'id'): DepartmentRow {
  const d = db.prepare('SELECT id, code, name, kind, phone, deactivated_on FROM department WHERE id = ?').get(id) as DepartmentRow | undefined;
  if (!d) throw fieldError(path, `names no department (id ${id})`, 'not_found');
  if (d.deactivated_on !== null) throw fieldError(path, `names department ${id} (${d.name}), deactivated on ${d.deactivated_on}`, 'conflict', 'department_inactive');
  return d;
}

/** A department phone: a work number, mobile or landline with its area code, or a short hotline (12345, 96118). */
function departmentPhone(raw: string): string {
  const s = raw.replace(/[\s-]/g, '');
  if (/^\d{5,6}$/.test(s)) return s;
  return normalisePhone(raw);
}

/** Adds a department. Runs inside the caller's transaction. */
export function createDepartment(db: Db, actor: RegisterActor, input: DepartmentCreateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'department');
  const code = input.code.trim().toUpperCase();
  const held = db.prepare('SELECT id FROM department WHERE code = ?').pluck().get(code) as number | undefined;
  if (held !== undefined) throw fieldError('code', `${code} is the code of department ${held}`, 'conflict', 'code_taken');
  const named = db.prepare('SELECT id FROM department WHERE name = ?').pluck().get(input.name) as number | undefined;
  if (named !== undefined) throw fieldError('name', `is the name of department ${named} already`, 'conflict', 'name_taken');
  const phone = departmentPhone(input.phone);
  const id = Number(db.prepare('INSERT INTO department (code, name, kind, phone) VALUES (?, ?, ?, ?)').run(code, input.name, input.kind, phone).lastInsertRowid);
  const changes = new Changes().set('code', null, code).set('name', null, input.name).set('kind', null, input.kind).set('phone', null, phone).set('status', null, 'active');
  logStatus(db, actor, 'department', id, 'active', today(actor));
  logChange(db, actor, 'department', id, 'create', changes.list);
  return result('department', id, 'create', changes);
}

/** Renames a department or changes its kind or phone (cases show the new name). Runs inside the caller's transaction. */
export function updateDepartment(db: Db, actor: RegisterActor, input: DepartmentUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'department');
  const d = db.prepare('SELECT id, code, name, kind, phone, deactivated_on FROM department WHERE id = ?').get(input.id) as DepartmentRow | undefined;
  if (!d) throw fieldError('id', `names no department (id ${input.id})`, 'not_found');
  const name = input.name ?? d.name;
  if (name !== d.name) {
    const named = db.prepare('SELECT id FROM department WHERE name = ? AND id <> ?').pluck().get(name, d.id) as number | undefined;
    if (named !== undefined) throw fieldError('name', `is the name of department ${named} already`, 'conflict', 'name_taken');
  }
  const phone = input.phone === undefined ? d.phone : departmentPhone(input.phone);
  const kind = input.kind ?? d.kind;
  const changes = new Changes().set('name', d.name, name).set('kind', d.kind, kind).set('phone', d.phone, phone);
  if (changes.empty) return result('department', d.id, 'update', changes);
  db.prepare('UPDATE department SET name = ?, kind = ?, phone = ? WHERE id = ?').run(name, kind, phone, d.id);
  logChange(db, actor, 'department', d.id, 'update', changes.list);
  return result('department', d.id, 'update', changes);
}

/** Takes a department out of dispatch; its open cases stay with it. Runs inside the caller's transaction. */
export function deactivateDepartment(db: Db, actor: RegisterActor, input: DepartmentDeactivateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'department');
  const d = activeDepartment(db, input.id);
  const onDate = notAfterToday(input.onDate, today(actor));
  // Disabled rules too: a rule names its target, enabled or not, and may be enabled again.
  const rules = db.prepare(`SELECT count(*) FROM dispatch_rule WHERE assignee_kind = 'department' AND assignee_id = ?`).pluck().get(d.id) as number;
  if (rules > 0) throw fieldError('id', `department ${d.id} is the target of ${rules} dispatch rules: give them another target first`, 'conflict', 'department_has_rules');
  const owned = db.prepare('SELECT code FROM case_category WHERE owner_department_id = ? ORDER BY code').pluck().all(d.id) as string[];
  if (owned.length > 0) {
    const list = owned.slice(0, 5).join(', ') + (owned.length > 5 ? ', …' : '');
    throw fieldError('id', `department ${d.id} owns ${owned.length} case categories (${list}): give them another owner first`, 'conflict', 'department_owns_categories');
  }
  const openCases = db.prepare(`SELECT count(*) FROM case_file WHERE assignee_department_id = ? AND status IN ${OPEN_STATUS_SQL}`).pluck().get(d.id) as number;
  db.prepare('UPDATE department SET deactivated_on = ? WHERE id = ?').run(onDate, d.id);
  const changes = [{ field: 'status', before: 'active', after: 'deactivated' }];
  logStatus(db, actor, 'department', d.id, 'deactivated', onDate, input.note ?? '');
  logChange(db, actor, 'department', d.id, 'deactivate', changes, { onDate, openCasesKept: openCases });
  return result('department', d.id, 'deactivate', changes);
}

/** A handler account (role handler) works for this department from now on; it then sees that department's cases. Runs inside the caller's transaction. */
export function assignDepartmentHandler(db: Db, actor: RegisterActor, input: DepartmentHandlerInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'department');
  const d = activeDepartment(db, input.id);
  const u = db.prepare('SELECT id, role, department_id, disabled FROM app_user WHERE id = ?').get(input.userId) as { id: number; role: string; department_id: number | null; disabled: number } | undefined;
  if (!u) throw fieldError('userId', `names no account (id ${input.userId})`, 'not_found');
  if (u.role !== 'handler') throw fieldError('userId', `names a ${u.role} account: only handler accounts (处置人员) work for a department`, 'invalid_input', 'handler_only');
  if (u.disabled === 1) throw fieldError('userId', `names account ${u.id}, which is disabled`, 'conflict', 'account_disabled');
  if (u.department_id === d.id) throw fieldError('userId', `account ${u.id} works for department ${d.id} already`, 'invalid_input', 'unchanged');
  db.prepare('UPDATE app_user SET department_id = ? WHERE id = ?').run(d.id, u.id);
  const changes = [{ field: 'handler', before: u.department_id === null ? null : `user:${u.id}@department:${u.department_id}`, after: `user:${u.id}@department:${d.id}` }];
  logChange(db, actor, 'department', d.id, 'handler', changes, { userId: u.id, fromDepartmentId: u.department_id });
  return result('department', d.id, 'handler', changes);
}
