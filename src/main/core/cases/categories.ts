// The 部件/事件 category tree with each subcategory's time limit and first handler rule.
import type { CategoryNode, SubcategoryNode, WorkUnit } from '../../../shared/cases';
import type { CaseClass } from '../../../shared/domain';
import type { Db } from '../db/database';

interface Row {
  id: number;
  parent_id: number | null;
  code: string;
  class: CaseClass;
  name: string;
  limit_value: number | null;
  limit_unit: WorkUnit | null;
  dispatch_to: 'owner' | 'territory' | null;
  owner_department_id: number | null;
  owner_name: string | null;
}

export function categoryTree(db: Db): CategoryNode[] {
  const rows = db
    .prepare('SELECT k.*, d.name AS owner_name FROM case_category k LEFT JOIN department d ON d.id = k.owner_department_id ORDER BY k.code')
    .all() as Row[];
  const parents = rows.filter((r) => r.parent_id === null);
  return parents.map((p) => ({
    id: p.id,
    code: p.code,
    caseClass: p.class,
    name: p.name,
    children: rows
      .filter((r) => r.parent_id === p.id)
      .map(
        (r): SubcategoryNode => ({
          id: r.id,
          code: r.code,
          name: r.name,
          limitValue: r.limit_value ?? 0,
          limitUnit: r.limit_unit ?? 'work_day',
          dispatchTo: r.dispatch_to ?? (r.class === 'component' ? 'owner' : 'territory'),
          ownerDepartmentId: r.owner_department_id,
          ownerDepartmentName: r.owner_name,
        }),
      ),
  }));
}
