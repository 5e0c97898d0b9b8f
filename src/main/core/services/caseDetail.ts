import type { CaseClass, CaseSource, CaseStatus } from '../../../shared/domain';
import type { CaseDetail, CaseExtensionRequest, UserView } from '../../../shared/views';
import { worksCase } from '../access/caseWork';
import { requireInScope } from '../access/communityScope';
import { level, type Level } from '../access/matrix';
import { maskName, maskPhone, shown } from '../privacy/mask';
import { caseFacts } from '../cases/act';
import { allowedActions } from '../cases/workflow';
import type { Db } from '../db/database';
import { caseLight } from '../cases/light';
import { gridRef, notFound } from './refs';
import { readActor } from '../reference/actors';
import { readNote } from '../reference/eventNotes';
import { OPEN_CASE_STATUSES } from '../../../shared/domain';

interface CaseRow {
  id: number;
  code: string;
  status: CaseStatus;
  class: CaseClass;
  sub_name: string;
  parent_name: string | null;
  sub_code: string;
  parent_code: string | null;
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

/** Residents act on cases as '居民 <name>' (reporting, evaluating): shown as the reporter's name is. */
function residentActor(actor: string, nameLevel: Level): string {
  if (!actor.startsWith('居民 ') || actor === '居民 匿名') return actor;
  const name = shown(actor.slice(3), nameLevel, maskName);
  return name === null ? '居民' : `居民 ${name}`;
}

export function caseDetail(db: Db, id: number, now: number, user: Pick<UserView, 'id' | 'role' | 'communityId'>): CaseDetail {
  requireInScope(db, user, 'case', id);
  const c = db
    .prepare(
      `SELECT c.*, k.class, k.name AS sub_name, pk.name AS parent_name, k.code AS sub_code, pk.code AS parent_code, d.name AS department_name, s.name AS staff_name
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
  const works = worksCase(db, user, c);
  const nameLevel = level(user.role, 'reporter', 'name', works);
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
    categoryCode: c.parent_code ?? c.sub_code,
    subcategoryCode: c.sub_code,
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
    reporterName: shown(c.reporter_name, nameLevel, maskName),
    reporterPhone: shown(c.reporter_phone, level(user.role, 'reporter', 'phone', works), maskPhone),
    attachments,
    allowedActions: allowedActions(caseFacts(c), user.role),
    mergedCases,
    events: events.map((e) => {
      const actorName = residentActor(e.actor_name, nameLevel);
      return { id: e.id, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, actorName, actor: readActor(actorName), at: e.at, note: e.note, noteParts: readNote(e.note) };
    }),
  };
}
