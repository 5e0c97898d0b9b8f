import type { CaseClass, CaseSource, CaseStatus, Role } from '../../../shared/domain';
import type { CaseDetail, CaseExtensionRequest } from '../../../shared/views';
import { caseFacts } from '../cases/act';
import { allowedActions } from '../cases/workflow';
import type { Db } from '../db/database';
import { caseLight } from '../cases/light';
import { gridRef, notFound } from './refs';
import { OPEN_CASE_STATUSES } from '../../../shared/domain';

interface CaseRow {
  id: number;
  code: string;
  status: CaseStatus;
  class: CaseClass;
  sub_name: string;
  parent_name: string | null;
  source: CaseSource;
  address: string;
  description: string;
  lng: number;
  lat: number;
  grid_id: number;
  department_name: string | null;
  staff_name: string | null;
  supervised: number;
  rework_count: number;
  reported_at: number;
  dispatched_at: number | null;
  due_at: number | null;
  closed_at: number | null;
  satisfaction: number | null;
  evaluated_at: number | null;
  assignee_staff_id: number | null;
  assignee_department_id: number | null;
  extension_request: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
}
interface EventRow {
  id: number;
  kind: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus | null;
  actor_name: string;
  at: number;
  note: string;
}

export function caseDetail(db: Db, id: number, now: number, role: Role): CaseDetail {
  const c = db
    .prepare(
      `SELECT c.*, k.class, k.name AS sub_name, pk.name AS parent_name, d.name AS department_name, s.name AS staff_name
         FROM case_file c
         JOIN case_category k ON k.id = c.category_id
         LEFT JOIN case_category pk ON pk.id = k.parent_id
         LEFT JOIN department d ON d.id = c.assignee_department_id
         LEFT JOIN grid_staff s ON s.id = c.assignee_staff_id
        WHERE c.id = ?`,
    )
    .get(id) as CaseRow | undefined;
  if (!c) throw notFound('case', id);
  const events = db.prepare('SELECT id, kind, from_status, to_status, actor_name, at, note FROM case_event WHERE case_id = ? ORDER BY at, id').all(id) as EventRow[];
  const open = OPEN_CASE_STATUSES.includes(c.status);
  const coDepartments = db.prepare('SELECT d.id, d.name FROM case_codepartment x JOIN department d ON d.id = x.department_id WHERE x.case_id = ? ORDER BY d.id').all(id) as { id: number; name: string }[];
  const attachments = db.prepare('SELECT id, name, mime FROM case_attachment WHERE case_id = ? ORDER BY id').all(id) as { id: number; name: string; mime: string }[];
  const mergedCases = db.prepare('SELECT id, code FROM case_file WHERE merged_into_id = ? ORDER BY id').all(id) as { id: number; code: string }[];
  return {
    kind: 'case',
    id: c.id,
    code: c.code,
    status: c.status,
    light: open ? caseLight(now, c.due_at, c.dispatched_at) : null,
    caseClass: c.class,
    categoryName: c.parent_name ?? c.sub_name,
    subcategoryName: c.sub_name,
    source: c.source,
    address: c.address,
    description: c.description,
    center: [c.lng, c.lat],
    grid: gridRef(db, c.grid_id),
    assignee: c.staff_name ?? c.department_name,
    supervised: c.supervised === 1,
    reworkCount: c.rework_count,
    reportedAt: c.reported_at,
    dueAt: c.due_at,
    closedAt: c.closed_at,
    satisfaction: c.satisfaction,
    evaluatedAt: c.evaluated_at,
    dispatchedAt: c.dispatched_at,
    assigneeRef: c.assignee_staff_id !== null ? { kind: 'staff', id: c.assignee_staff_id } : c.assignee_department_id !== null ? { kind: 'department', id: c.assignee_department_id } : null,
    coDepartments,
    extension: c.extension_request ? (JSON.parse(c.extension_request) as CaseExtensionRequest) : null,
    reporterName: c.reporter_name,
    reporterPhone: c.reporter_phone,
    attachments,
    allowedActions: allowedActions(caseFacts(c), role),
    mergedCases,
    events: events.map((e) => ({ id: e.id, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, actorName: e.actor_name, at: e.at, note: e.note })),
  };
}
