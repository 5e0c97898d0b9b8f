// Open work that needs a leader's attention now: open cases past due (超期) and open cases
// under 督办, with who holds them. This is about the meeting's present, not the period:
// a briefing on last month held today chases what is overdue today, whenever it was
// reported (the overview's 超期未结 is the period's figure). A holder is named by
// department, or by role and grid ("网格员（杨家坪社区第03网格）"): the deck never names a
// person.
import { BRIEFING_ATTENTION_LIMIT, type BriefingAttention, type BriefingAttentionCase, type BriefingHolder } from '../../../shared/briefing';
import type { CaseStatus, StaffRole } from '../../../shared/domain';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import type { ScopeSql } from './scope';

const HOUR_MS = 3_600_000;

interface Row {
  code: string;
  category_code: string;
  category: string;
  grid: string;
  status: CaseStatus;
  department: string | null;
  staff_role: StaffRole | null;
  staff_grid: string | null;
  due_at: number | null;
  supervised: number;
}

function holder(r: Row): BriefingHolder {
  if (r.department !== null) return { kind: 'department', name: r.department };
  if (r.staff_role !== null && r.staff_grid !== null) return { kind: 'staff', role: r.staff_role, gridName: r.staff_grid };
  return { kind: 'unassigned' };
}

/** Open cases of the scope overdue at `now` or supervised. */
export function attention(db: Db, scope: ScopeSql, now: number): BriefingAttention {
  const rows = db
    .prepare(
      `SELECT cf.code, cat.code AS category_code, cat.name AS category, g.name AS grid, cf.status, d.name AS department,
              s.role AS staff_role, sg.name AS staff_grid, cf.due_at, cf.supervised
         FROM case_file cf
         JOIN grid g ON g.id = cf.grid_id
         JOIN case_category cat ON cat.id = cf.category_id
         LEFT JOIN department d ON d.id = cf.assignee_department_id
         LEFT JOIN grid_staff s ON s.id = cf.assignee_staff_id
         LEFT JOIN grid sg ON sg.id = s.grid_id
        WHERE cf.status IN ${OPEN_STATUS_SQL} AND ${scope.gridWhere}
          AND (cf.due_at < @now OR cf.supervised = 1)
        ORDER BY CASE WHEN cf.due_at < @now THEN cf.due_at END IS NULL, cf.due_at, cf.code`,
    )
    .all({ now, ...scope.params }) as Row[];
  const cases: BriefingAttentionCase[] = rows.map((r) => ({
    code: r.code,
    categoryCode: r.category_code,
    categoryName: r.category,
    gridName: r.grid,
    status: r.status,
    holder: holder(r),
    dueAt: r.due_at,
    overdueHours: r.due_at !== null && r.due_at < now ? (now - r.due_at) / HOUR_MS : null,
    supervised: r.supervised === 1,
  }));
  return {
    asOf: now,
    overdueCount: cases.filter((c) => c.overdueHours !== null).length,
    supervisedCount: cases.filter((c) => c.supervised).length,
    cases: cases.slice(0, BRIEFING_ATTENTION_LIMIT),
    more: Math.max(0, cases.length - BRIEFING_ATTENTION_LIMIT),
  };
}
