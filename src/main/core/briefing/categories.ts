// Which kinds of problem were reported, and what changed: reported cases (上报数, the
// indicators' definition: reported in the period, not cancelled) per subcategory.
import type { BriefingCategories, BriefingCategoryChange, BriefingPeriod } from '../../../shared/briefing';
import type { CaseClass } from '../../../shared/domain';
import type { Db } from '../db/database';
import type { ScopeSql } from './scope';

const CLASS_LABEL: Readonly<Record<string, string>> = { component: '部件', event: '事件' };
const TOP = 8;
const MOVERS = 3;

interface CountRow {
  id: number;
  n: number;
}

function countsBySubcategory(db: Db, period: BriefingPeriod, scope: ScopeSql): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT cf.category_id AS id, count(*) AS n FROM case_file cf JOIN grid g ON g.id = cf.grid_id
        WHERE cf.reported_at >= @from AND cf.reported_at < @to AND cf.status <> 'cancelled' AND ${scope.gridWhere}
        GROUP BY cf.category_id`,
    )
    .all({ from: period.from, to: period.to, ...scope.params }) as CountRow[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function categoryChanges(db: Db, period: BriefingPeriod, previous: BriefingPeriod, scope: ScopeSql): BriefingCategories {
  const now = countsBySubcategory(db, period, scope);
  const before = countsBySubcategory(db, previous, scope);
  const names = db
    .prepare(`SELECT c.id, c.code, c.name, p.class, p.code AS parent_code, p.name AS parent FROM case_category c JOIN case_category p ON p.id = c.parent_id ORDER BY c.code`)
    .all() as { id: number; code: string; name: string; class: CaseClass; parent_code: string; parent: string }[];
  const rows: BriefingCategoryChange[] = names
    .map((c) => {
      const current = now.get(c.id) ?? 0;
      const prev = before.get(c.id) ?? 0;
      return { id: c.id, code: c.code, parentCode: c.parent_code, caseClass: c.class, name: c.name, parentName: `${CLASS_LABEL[c.class] ?? c.class}·${c.parent}`, current, previous: prev, delta: current - prev };
    })
    .filter((r) => r.current > 0 || r.previous > 0);
  const sum = (m: Map<number, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  return {
    totalCurrent: sum(now),
    totalPrevious: sum(before),
    top: [...rows].sort((a, b) => b.current - a.current || b.delta - a.delta).slice(0, TOP),
    risers: rows.filter((r) => r.delta > 0).sort((a, b) => b.delta - a.delta || b.current - a.current).slice(0, MOVERS),
    fallers: rows.filter((r) => r.delta < 0).sort((a, b) => a.delta - b.delta || b.previous - a.previous).slice(0, MOVERS),
  };
}
