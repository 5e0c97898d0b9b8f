// Cases by large category (大类): valid reports of the last 30 days and open now.
import type { CaseClass } from '../../../shared/domain';
import type { WallCategoryRow } from '../../../shared/wall';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL, SCOPE_SQL, type Scope } from './sql';

interface Row {
  id: number;
  class: CaseClass;
  name: string;
  reported: number | null;
  open: number | null;
}

/** Every large category in scope, busiest first (ties in code order). */
export function wallCategories(db: Db, since: number, scope: Scope): WallCategoryRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.class, p.name, k.reported, k.open
         FROM case_category p
         LEFT JOIN (
           SELECT COALESCE(c.parent_id, c.id) AS id,
                  sum(cf.reported_at >= @since AND cf.status <> 'cancelled') AS reported,
                  sum(cf.status IN ${OPEN_STATUS_SQL}) AS open
             FROM case_file cf
             JOIN case_category c ON c.id = cf.category_id
             JOIN grid g ON g.id = cf.grid_id
            WHERE (cf.reported_at >= @since OR cf.status IN ${OPEN_STATUS_SQL}) AND ${SCOPE_SQL}
            GROUP BY 1
         ) k ON k.id = p.id
        WHERE p.parent_id IS NULL
        ORDER BY coalesce(k.reported, 0) DESC, coalesce(k.open, 0) DESC, p.code`,
    )
    .all({ since, ...scope }) as Row[];
  return rows.map((r) => ({ categoryId: r.id, caseClass: r.class, name: r.name, reported: r.reported ?? 0, open: r.open ?? 0 }));
}
