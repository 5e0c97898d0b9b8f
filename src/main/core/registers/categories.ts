// 应用维护: case categories (大类) and subcategories (小类) with their time limits (处置时限),
// owner departments and first-dispatch rule, edited here rather than in code constants
// (reference/categories.ts only seeds a new street). Limits are versioned (migration 0011):
// every limit a subcategory had is a numbered row of case_category_version, and each case
// holds the version it was given when it was reported (case_file.category_version_id), so
// editing a limit changes the deadline of cases reported from then on, never of one that
// exists. A category is never deleted: cases point at it.
//
// Every function here runs inside the caller's transaction and opens none.
import type { WorkUnit } from '../../../shared/cases';
import type { CaseClass } from '../../../shared/domain';
import type { CategoryCreateInput, CategoryUpdateInput } from '../../../shared/orgRegisters';
import type { RegisterWriteResult } from '../../../shared/registers';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { Changes, logChange, result, type RegisterActor } from './changeLog';
import { activeDepartment } from './departments';
import { fieldError } from './values';

interface CategoryRow {
  id: number;
  parent_id: number | null;
  code: string;
  class: CaseClass;
  name: string;
  limit_value: number | null;
  limit_unit: WorkUnit | null;
  owner_department_id: number | null;
  dispatch_to: 'owner' | 'territory' | null;
}

function loadCategory(db: Db, id: number, path = 'id'): CategoryRow {
  const c = db.prepare('SELECT id, parent_id, code, class, name, limit_value, limit_unit, owner_department_id, dispatch_to FROM case_category WHERE id = ?').get(id) as CategoryRow | undefined;
  if (!c) throw fieldError(path, `names no case category (id ${id})`, 'not_found');
  return c;
}

/** The limit version now in force for a subcategory (what a case reported now is given). */
export function currentVersion(db: Db, categoryId: number): number | null {
  return (db.prepare('SELECT max(version) FROM case_category_version WHERE category_id = ?').pluck().get(categoryId) as number | null) ?? null;
}

function checkOwner(db: Db, ownerId: number | null): number | null {
  if (ownerId === null) return null;
  activeDepartment(db, ownerId, 'ownerDepartmentId');
  return ownerId;
}

function requireNameFree(db: Db, parentId: number | null, name: string, self: number | null): void {
  const other = db.prepare('SELECT id FROM case_category WHERE parent_id IS ? AND name = ? AND id IS NOT ?').pluck().get(parentId, name, self) as number | undefined;
  if (other !== undefined) throw fieldError('name', `is the name of category ${other} in the same ${parentId === null ? 'list of large categories' : 'large category'}`, 'conflict', 'name_taken');
}

/** Adds a large category, or a subcategory with its time limit. Runs inside the caller's transaction. */
export function createCategory(db: Db, actor: RegisterActor, input: CategoryCreateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'caseCategory');
  const code = input.code.trim().toUpperCase();
  const held = db.prepare('SELECT id FROM case_category WHERE code = ?').pluck().get(code) as number | undefined;
  if (held !== undefined) throw fieldError('code', `${code} is the code of category ${held}`, 'conflict', 'code_taken');
  const changes = new Changes();
  let id: number;
  if (input.parentId === undefined) {
    if (input.caseClass === undefined) throw fieldError('caseClass', 'is required for a large category (部件 component or 事件 event)', 'invalid_input', 'case_class_required');
    for (const f of ['limitValue', 'limitUnit', 'ownerDepartmentId', 'dispatchTo'] as const) {
      if (input[f] !== undefined) throw fieldError(f, 'belongs to a subcategory: a large category has none', 'invalid_input', 'subcategory_only');
    }
    requireNameFree(db, null, input.name, null);
    id = Number(db.prepare('INSERT INTO case_category (parent_id, code, class, name) VALUES (NULL, ?, ?, ?)').run(code, input.caseClass, input.name).lastInsertRowid);
    changes.set('code', null, code).set('name', null, input.name).set('caseClass', null, input.caseClass);
  } else {
    const parent = loadCategory(db, input.parentId, 'parentId');
    if (parent.parent_id !== null) throw fieldError('parentId', `names subcategory ${parent.code}: a subcategory sits under a large category`, 'invalid_input', 'parent_not_large');
    if (input.caseClass !== undefined && input.caseClass !== parent.class) throw fieldError('caseClass', `is ${input.caseClass}, but ${parent.code} is a ${parent.class} category: leave it out`, 'invalid_input', 'case_class_differs');
    if (input.limitValue === undefined) throw fieldError('limitValue', 'is required: a subcategory has its time limit (处置时限)', 'invalid_input', 'limit_required');
    if (input.limitUnit === undefined) throw fieldError('limitUnit', 'is required: work_hour or work_day', 'invalid_input', 'limit_unit_required');
    if (!code.startsWith(parent.code)) throw fieldError('code', `must start with its large category's code ${parent.code}`, 'invalid_input', 'code_prefix', { prefix: parent.code });
    requireNameFree(db, parent.id, input.name, null);
    const owner = checkOwner(db, input.ownerDepartmentId ?? null);
    // 部件先属主后属地, 事件先属地后属主, unless the subcategory says otherwise.
    const dispatchTo = input.dispatchTo ?? (parent.class === 'component' ? 'owner' : 'territory');
    if (dispatchTo === 'owner' && owner === null) throw fieldError('ownerDepartmentId', 'is required when cases go to the owner first (dispatchTo owner)', 'invalid_input', 'owner_required');
    id = Number(
      db
        .prepare('INSERT INTO case_category (parent_id, code, class, name, limit_value, limit_unit, owner_department_id, dispatch_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(parent.id, code, parent.class, input.name, input.limitValue, input.limitUnit, owner, dispatchTo).lastInsertRowid,
    );
    changes
      .set('parentId', null, parent.id)
      .set('code', null, code)
      .set('name', null, input.name)
      .set('caseClass', null, parent.class)
      .set('limitValue', null, input.limitValue)
      .set('limitUnit', null, input.limitUnit)
      .set('version', null, currentVersion(db, id))
      .set('ownerDepartmentId', null, owner)
      .set('dispatchTo', null, dispatchTo);
  }
  logChange(db, actor, 'caseCategory', id, 'create', changes.list);
  return result('caseCategory', id, 'create', changes);
}

/** Renames a category, or changes a subcategory's limit (a new version), owner or first dispatch. Runs inside the caller's transaction. */
export function updateCategory(db: Db, actor: RegisterActor, input: CategoryUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'caseCategory');
  const c = loadCategory(db, input.id);
  const name = input.name ?? c.name;
  if (name !== c.name) requireNameFree(db, c.parent_id, name, c.id);
  if (c.parent_id === null) {
    for (const f of ['limitValue', 'limitUnit', 'ownerDepartmentId', 'dispatchTo'] as const) {
      if (input[f] !== undefined) throw fieldError(f, `belongs to a subcategory: ${c.code} is a large category`, 'invalid_input', 'subcategory_only');
    }
  }
  const limitValue = input.limitValue ?? c.limit_value;
  const limitUnit = input.limitUnit ?? c.limit_unit;
  const owner = input.ownerDepartmentId === undefined ? c.owner_department_id : checkOwner(db, input.ownerDepartmentId);
  const dispatchTo = input.dispatchTo ?? c.dispatch_to;
  if (c.parent_id !== null && dispatchTo === 'owner' && owner === null) throw fieldError('ownerDepartmentId', 'is required while cases go to the owner first (dispatchTo owner)', 'invalid_input', 'owner_required');
  const versionBefore = currentVersion(db, c.id);
  const changes = new Changes()
    .set('name', c.name, name)
    .set('limitValue', c.limit_value, limitValue)
    .set('limitUnit', c.limit_unit, limitUnit)
    .set('ownerDepartmentId', c.owner_department_id, owner)
    .set('dispatchTo', c.dispatch_to, dispatchTo);
  if (changes.empty) return result('caseCategory', c.id, 'update', changes);
  // The version row is written by the trigger on limit_value/limit_unit (migration 0011), for every writer alike.
  db.prepare('UPDATE case_category SET name = ?, limit_value = ?, limit_unit = ?, owner_department_id = ?, dispatch_to = ? WHERE id = ?').run(name, limitValue, limitUnit, owner, dispatchTo, c.id);
  changes.set('version', versionBefore, currentVersion(db, c.id));
  logChange(db, actor, 'caseCategory', c.id, 'update', changes.list);
  return result('caseCategory', c.id, 'update', changes);
}
