// Cases by large category (大类): valid reports of the last 30 days (from the kept counts)
// and open now (from the open set, which is small and on the status index).
import type { CaseClass } from '../../../shared/domain';
import type { WallCategoryRow } from '../../../shared/wall';
import { caseCountsBy } from '../aggregates/caseCounts';
import type { Db } from '../db/database';
import { countScope, OPEN_STATUS_SQL, SCOPE_SQL, type Scope } from './sql';

/** The latest moment a Date can hold: "since" has no end, and a report cannot be later. */
const END_OF_TIME = 8.64e15;

interface Row {
  id: number;
  class: CaseClass;
  name: string;
  code: string;
  open: number | null;
}

/** Every large category in scope, busiest first (ties in code order). */
export function wallCategories(db: Db, since: number, scope: Scope): WallCategoryRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.class, p.name, p.code, k.open
         FROM case_category p
         LEFT JOIN (
           SELECT COALESCE(c.parent_id, c.id) AS id, count(*) AS open
             FROM case_file cf
             JOIN case_category c ON c.id = cf.category_id
             JOIN grid g ON g.id = cf.grid_id
            WHERE cf.status IN ${OPEN_STATUS_SQL} AND ${SCOPE_SQL}
            GROUP BY 1
         ) k ON k.id = p.id
        WHERE p.parent_id IS NULL`,
    )
    .all({ ...scope }) as Row[];
  const reported = caseCountsBy(db, since, END_OF_TIME, countScope(scope), 'category');
  return rows
    .map((r) => ({ row: { categoryId: r.id, code: r.code, caseClass: r.class, name: r.name, reported: reported.get(r.id)?.reported ?? 0, open: r.open ?? 0 }, code: r.code }))
    .sort((a, b) => b.row.reported - a.row.reported || b.row.open - a.row.open || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((x) => x.row);
}
