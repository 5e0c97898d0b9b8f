import type { CaseClass, CaseSource, CaseStatus } from '../../../shared/domain';
import type { CaseDetail } from '../../../shared/views';
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

export function caseDetail(db: Db, id: number, now: number): CaseDetail {
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
    events: events.map((e) => ({ id: e.id, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, actorName: e.actor_name, at: e.at, note: e.note })),
  };
}
