// 每日超期案件清单: the cases past due and not closed at the end of a day (China time), by the
// department (or grid post) holding them and by grid. Printable from the console. Names no
// person: a grid post is named by its role.
import type { OverdueCaseRow, OverdueGroup, OverdueReport } from '../../../shared/notifications';
import type { StaffRole } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import { shanghaiDate, shanghaiMidnight } from '../calendar/workCalendar';
import type { Db } from '../db/database';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Row {
  id: number;
  code: string;
  category_id: number;
  category_code: string;
  category_name: string;
  grid_id: number;
  grid_name: string;
  department_id: number | null;
  department: string | null;
  staff_role: StaffRole | null;
  due_at: number;
  supervised: number;
}

function group(rows: readonly OverdueCaseRow[], keyOf: (r: OverdueCaseRow) => [string, string]): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const r of rows) {
    const [key, name] = keyOf(r);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name, cases: [] }));
    g.cases.push(r);
  }
  return [...groups.values()].sort((a, b) => b.cases.length - a.cases.length || a.name.localeCompare(b.name, 'zh-CN'));
}

/** `scope`: the caller's community, or null for the street. */
export function overdueReport(db: Db, now: number, date: string | undefined, scope: number | null): OverdueReport {
  const today = shanghaiDate(now);
  const day = date ?? today;
  if (day > today) throw new ApiError('invalid_input', `date: ${day} is after today (${today}); the list is of days that have begun`, [{ path: 'date', message: 'is after today' }]);
  const asOf = day === today ? now : shanghaiMidnight(day) + DAY_MS - 1;
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.category_id, k.code AS category_code, k.name AS category_name, c.grid_id, g.name AS grid_name, c.assignee_department_id AS department_id, d.name AS department, s.role AS staff_role, c.due_at, c.supervised
         FROM case_file c JOIN grid g ON g.id = c.grid_id
         JOIN case_category k ON k.id = c.category_id
         LEFT JOIN department d ON d.id = c.assignee_department_id
         LEFT JOIN grid_staff s ON s.id = c.assignee_staff_id
        WHERE c.due_at IS NOT NULL AND c.due_at < @asOf AND c.status NOT IN ('cancelled', 'reported', 'registered')
          AND (c.closed_at IS NULL OR c.closed_at > @asOf) AND c.dispatched_at <= @asOf
          AND (@scope IS NULL OR g.community_id = @scope)
        ORDER BY c.due_at, c.id`,
    )
    .all({ asOf, scope }) as Row[];
  const cases: OverdueCaseRow[] = rows.map((r) => ({
    caseId: r.id,
    code: r.code,
    categoryId: r.category_id,
    categoryCode: r.category_code,
    categoryName: r.category_name,
    gridId: r.grid_id,
    gridName: r.grid_name,
    department: r.department,
    staffRole: r.department === null ? r.staff_role : null,
    dueAt: r.due_at,
    hoursOverdue: Math.floor((asOf - r.due_at) / HOUR_MS),
    supervised: r.supervised === 1,
  }));
  return {
    date: day,
    asOf,
    total: cases.length,
    byDepartment: group(cases, (r) => (r.department !== null ? [`department:${r.department}`, r.department] : [`staff:${r.staffRole ?? 'none'}`, ''])),
    byGrid: group(cases, (r) => [`grid:${r.gridId}`, r.gridName]),
  };
}
