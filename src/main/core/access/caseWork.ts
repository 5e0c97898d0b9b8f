// "Cases they work", which decides whether a reporter's name and phone show in full.
// The desk (admin, dispatcher, operator) works every open case, and a closed case until the
// resident's evaluation is entered (they call the reporter for it). A handler works the open
// cases assigned to their department, as lead or co-department. Nobody else works cases.
import { OPEN_CASE_STATUSES, type CaseStatus, type Role } from '../../../shared/domain';
import type { Db } from '../db/database';

export interface CaseWorkFacts {
  id: number;
  status: CaseStatus;
  evaluated_at: number | null;
  assignee_department_id: number | null;
}

const DESK: readonly Role[] = ['admin', 'dispatcher', 'operator'];

export function worksCase(db: Db, user: { id: number; role: Role }, c: CaseWorkFacts): boolean {
  const open = OPEN_CASE_STATUSES.includes(c.status);
  if (DESK.includes(user.role)) return open || (c.status === 'closed' && c.evaluated_at === null);
  if (user.role !== 'handler' || !open) return false;
  const department = db.prepare('SELECT department_id FROM app_user WHERE id = ?').pluck().get(user.id) as number | null | undefined;
  if (department === null || department === undefined) return false;
  if (c.assignee_department_id === department) return true;
  return db.prepare('SELECT 1 FROM case_codepartment WHERE case_id = ? AND department_id = ?').get(c.id, department) !== undefined;
}
