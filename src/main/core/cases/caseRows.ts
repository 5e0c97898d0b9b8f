// The case row every list shows (queue, duplicates): one SELECT, one conversion.
import type { CaseRow } from '../../../shared/cases';
import type { CaseClass, CaseSource, CaseStatus } from '../../../shared/domain';
import { OPEN_CASE_STATUSES } from '../../../shared/domain';
import { caseLight } from './light';

export const CASE_ROW_FROM = `FROM case_file c
  JOIN case_category k ON k.id = c.category_id
  LEFT JOIN case_category pk ON pk.id = k.parent_id
  JOIN grid g ON g.id = c.grid_id
  JOIN community cm ON cm.id = g.community_id
  LEFT JOIN department d ON d.id = c.assignee_department_id
  LEFT JOIN grid_staff s ON s.id = c.assignee_staff_id`;

export const CASE_ROW_COLUMNS = `c.id, c.code, c.status, k.class, coalesce(pk.name, k.name) AS category_name, k.name AS subcategory_name,
  coalesce(pk.code, k.code) AS category_code, k.code AS subcategory_code,
  c.source, c.address, c.description, c.grid_id, g.name AS grid_name, cm.name AS community_name,
  coalesce(s.name, d.name) AS assignee_name, c.reported_at, c.dispatched_at, c.due_at, c.closed_at, c.supervised,
  c.rework_count, c.extension_request IS NOT NULL AS extension_pending, c.lng, c.lat`;

export interface CaseRowRecord {
  id: number;
  code: string;
  status: CaseStatus;
  class: CaseClass;
  category_name: string;
  subcategory_name: string;
  category_code: string;
  subcategory_code: string;
  source: CaseSource;
  address: string;
  description: string;
  grid_id: number;
  grid_name: string;
  community_name: string;
  assignee_name: string | null;
  reported_at: number;
  dispatched_at: number | null;
  due_at: number | null;
  closed_at: number | null;
  supervised: number;
  rework_count: number;
  extension_pending: number;
  lng: number;
  lat: number;
}

export function toCaseRow(r: CaseRowRecord, now: number): CaseRow {
  return {
    id: r.id,
    code: r.code,
    status: r.status,
    light: OPEN_CASE_STATUSES.includes(r.status) ? caseLight(now, r.due_at, r.dispatched_at) : null,
    caseClass: r.class,
    categoryName: r.category_name,
    subcategoryName: r.subcategory_name,
    categoryCode: r.category_code,
    subcategoryCode: r.subcategory_code,
    source: r.source,
    address: r.address,
    description: r.description,
    gridId: r.grid_id,
    gridName: r.grid_name,
    communityName: r.community_name,
    assigneeName: r.assignee_name,
    reportedAt: r.reported_at,
    dueAt: r.due_at,
    closedAt: r.closed_at,
    supervised: r.supervised === 1,
    reworkCount: r.rework_count,
    extensionPending: r.extension_pending === 1,
    center: [r.lng, r.lat],
  };
}
