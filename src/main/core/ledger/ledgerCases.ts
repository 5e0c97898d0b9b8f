// The cases a ledger (台账) lists: reported in the period, not cancelled (作废 cases were
// judged not to be cases; this is the same set the indicators count as 上报数, so a sheet
// has as many rows as its 立案数 in the 汇总 sheet). Reporter name and phone are read only
// to scrub them out of the free text; they are never written out.
import type { CaseSource, CaseStatus, StaffRole } from '../../../shared/domain';
import type { Db } from '../db/database';

export interface LedgerCase {
  id: number;
  code: string;
  source: CaseSource;
  /** Id of the large category (the sheet the case goes on). */
  largeCategoryId: number;
  largeCategory: string;
  subcategory: string;
  community: string;
  grid: string;
  address: string;
  description: string;
  reportedAt: number;
  dispatchedAt: number | null;
  dueAt: number | null;
  closedAt: number | null;
  status: CaseStatus;
  department: string | null;
  staffName: string | null;
  staffRole: StaffRole | null;
  reworkCount: number;
  satisfaction: number | null;
  /** Not a column: what scrubText removes from the free text. */
  reporterName: string | null;
  reporterPhone: string | null;
}

export interface LargeCategory {
  id: number;
  code: string;
  caseClass: 'component' | 'event';
  name: string;
}

/** Large categories covering `categoryId` (a large category or one of its subcategories), or all of them. */
export function largeCategories(db: Db, categoryId?: number): LargeCategory[] {
  const where = categoryId === undefined ? '' : 'AND (id = @id OR id = (SELECT parent_id FROM case_category WHERE id = @id))';
  return db
    .prepare(`SELECT id, code, class AS caseClass, name FROM case_category WHERE parent_id IS NULL ${where} ORDER BY code`)
    .all(categoryId === undefined ? {} : { id: categoryId }) as LargeCategory[];
}

/** The ledger's cases of one large category, one row at a time (a year's ledger never sits in memory whole). */
export function iterateLedgerCases(db: Db, from: number, to: number, largeCategoryId: number, categoryId?: number): IterableIterator<LedgerCase> {
  const where = categoryId === undefined ? '' : 'AND (cf.category_id = @categoryId OR cat.parent_id = @categoryId)';
  return db
    .prepare(
      `SELECT cf.id, cf.code, cf.source, large.id AS largeCategoryId, large.name AS largeCategory, cat.name AS subcategory,
              c.name AS community, g.name AS grid, cf.address, cf.description,
              cf.reported_at AS reportedAt, cf.dispatched_at AS dispatchedAt, cf.due_at AS dueAt, cf.closed_at AS closedAt,
              cf.status, d.name AS department, s.name AS staffName, s.role AS staffRole,
              cf.rework_count AS reworkCount, cf.satisfaction, cf.reporter_name AS reporterName, cf.reporter_phone AS reporterPhone
         FROM case_file cf
         JOIN case_category cat ON cat.id = cf.category_id
         JOIN case_category large ON large.id = COALESCE(cat.parent_id, cat.id)
         JOIN grid g ON g.id = cf.grid_id
         JOIN community c ON c.id = g.community_id
         LEFT JOIN department d ON d.id = cf.assignee_department_id
         LEFT JOIN grid_staff s ON s.id = cf.assignee_staff_id
        WHERE cf.reported_at >= @from AND cf.reported_at < @to AND cf.status <> 'cancelled' AND large.id = @largeCategoryId ${where}
        ORDER BY cf.reported_at, cf.code`,
    )
    .iterate({ from, to, largeCategoryId, ...(categoryId === undefined ? {} : { categoryId }) }) as IterableIterator<LedgerCase>;
}
