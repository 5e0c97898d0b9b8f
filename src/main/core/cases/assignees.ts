// Who can handle a case: the grid's own staff (网格长, 网格员) and the departments, each
// with its open workload; and the suggestion rule 事件先属地后属主, 部件先属主后属地.
import type { Assignee, AssigneeOption, DepartmentKind, HandlerSuggestion } from '../../../shared/cases';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { notFound } from '../services/refs';
import { matchDispatchRule } from './dispatchRules';

const STAFF_ROLE_LABEL: Record<StaffRow['role'], string> = { grid_head: '网格长', grid_worker: '网格员' };
const DEPARTMENT_KIND_LABEL: Record<DepartmentKind, string> = { street: '街道科室', district: '区级部门', utility: '公用事业单位' };

interface StaffRow {
  id: number;
  name: string;
  role: 'grid_head' | 'grid_worker';
  grid_name: string;
  workload: number;
}
interface DepartmentRow {
  id: number;
  name: string;
  kind: DepartmentKind;
  workload: number;
}

function staffOptions(db: Db, where: string, param: number): AssigneeOption[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.role, g.name AS grid_name,
              (SELECT count(*) FROM case_file c WHERE c.assignee_staff_id = s.id AND c.status IN ${OPEN_STATUS_SQL}) AS workload
         FROM grid_staff s JOIN grid g ON g.id = s.grid_id
        WHERE s.role IN ('grid_worker', 'grid_head') AND s.vacated_on IS NULL AND ${where}
        ORDER BY CASE s.role WHEN 'grid_worker' THEN 0 ELSE 1 END, s.id`,
    )
    .all(param) as StaffRow[];
  return rows.map((r) => ({
    kind: 'staff',
    id: r.id,
    name: r.name,
    detail: `${STAFF_ROLE_LABEL[r.role]} · ${r.grid_name}`,
    describe: { kind: 'staff', role: r.role, gridName: r.grid_name },
    openWorkload: r.workload,
  }));
}

/** Departments that take cases: a deactivated one (registers/departments.ts) keeps its open cases but gets no new ones. */
function departmentOptions(db: Db): AssigneeOption[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.name, d.kind,
              (SELECT count(*) FROM case_file c WHERE c.assignee_department_id = d.id AND c.status IN ${OPEN_STATUS_SQL}) AS workload
         FROM department d WHERE d.deactivated_on IS NULL ORDER BY d.id`,
    )
    .all() as DepartmentRow[];
  return rows.map((r) => ({ kind: 'department', id: r.id, name: r.name, detail: DEPARTMENT_KIND_LABEL[r.kind], describe: { kind: 'department', departmentKind: r.kind }, openWorkload: r.workload }));
}

export function assigneeOptions(db: Db, gridId: number | undefined): AssigneeOption[] {
  return [...(gridId === undefined ? [] : staffOptions(db, 's.grid_id = ?', gridId)), ...departmentOptions(db)];
}

export function assigneeOption(db: Db, a: Assignee): AssigneeOption {
  const found = a.kind === 'staff' ? staffOptions(db, 's.id = ?', a.id)[0] : departmentOptions(db).find((d) => d.id === a.id);
  if (!found) throw new ApiError('invalid_input', `assignee: no ${a.kind === 'staff' ? 'grid worker or grid head' : 'department'} with id ${a.id}`, [{ path: 'assignee.id', message: 'does not exist' }]);
  return found;
}

interface CaseForSuggestion {
  id: number;
  grid_id: number;
  category_id: number;
  dispatch_to: 'owner' | 'territory' | null;
  owner_department_id: number | null;
}

export function suggestHandler(db: Db, caseId: number): HandlerSuggestion {
  const c = db
    .prepare(
      `SELECT c.id, c.grid_id, c.category_id, k.dispatch_to, k.owner_department_id
         FROM case_file c JOIN case_category k ON k.id = c.category_id WHERE c.id = ?`,
    )
    .get(caseId) as CaseForSuggestion | undefined;
  if (!c) throw notFound('case', caseId);
  const options = assigneeOptions(db, c.grid_id);
  const territory = options.find((o) => o.kind === 'staff');
  const owner = c.owner_department_id === null ? undefined : options.find((o) => o.kind === 'department' && o.id === c.owner_department_id);
  const rule = matchDispatchRule(db, c.category_id, c.grid_id);
  let basis: HandlerSuggestion['basis'];
  let suggested: AssigneeOption | undefined;
  if (rule) {
    basis = 'rule';
    suggested = options.find((o) => o.kind === rule.assignee.kind && o.id === rule.assignee.id) ?? assigneeOption(db, rule.assignee);
  } else if (c.dispatch_to === 'owner' && owner) {
    basis = 'owner';
    suggested = owner;
  } else {
    basis = 'territory';
    suggested = territory ?? owner;
  }
  if (!suggested) throw new ApiError('conflict', `case ${caseId}: its grid has no grid worker and its category no owner department`);
  const pick = suggested;
  return { basis, suggested: pick, alternatives: options.filter((o) => !(o.kind === pick.kind && o.id === pick.id)) };
}
