// The groups an indicator table is split into, and how a case falls into one. Kept apart
// from the arithmetic so the SQL in computeIndicators.ts reads as the definitions only.
import type { IndicatorGroupBy, IndicatorRowKind, IndicatorScope } from '../../../shared/indicators';
import type { Db } from '../db/database';

/** Core-side class names: 市容环境 exists under both classes, so a large category's label needs its class. */
const CLASS_LABEL: Readonly<Record<string, string>> = { component: '部件', event: '事件' };

export interface GroupMember {
  kind: Exclude<IndicatorRowKind, 'total'>;
  id: number;
  label: string;
}

/**
 * SQL expressions over `cf` (case_file), `g` (its grid) and `cat` (its subcategory) that
 * name a case's group. A case whose id expression is NULL belongs to no group (e.g. a case
 * not yet dispatched has no handler): it still counts in the total row.
 */
export interface GroupKeySql {
  kind: string;
  id: string;
}

export function groupKeySql(groupBy: IndicatorGroupBy): GroupKeySql {
  switch (groupBy) {
    case 'community':
      return { kind: `'community'`, id: 'g.community_id' };
    case 'grid':
      return { kind: `'grid'`, id: 'cf.grid_id' };
    case 'department':
      return { kind: `'department'`, id: 'cf.assignee_department_id' };
    case 'handler':
      // A case has one handler: a department (assignee_department_id) or, when the
      // territory handles it, a grid staff member (assignee_staff_id).
      return {
        kind: `CASE WHEN cf.assignee_staff_id IS NOT NULL THEN 'staff' WHEN cf.assignee_department_id IS NOT NULL THEN 'department' END`,
        id: 'COALESCE(cf.assignee_staff_id, cf.assignee_department_id)',
      };
    case 'category':
      return { kind: `'category'`, id: 'COALESCE(cat.parent_id, cat.id)' };
    case 'none':
      return { kind: `'total'`, id: 'NULL' };
  }
}

/** The scope as a WHERE condition over `cf`, `g`, `cat`, with its one parameter (@scopeId). */
export function scopeSql(scope: IndicatorScope): string {
  switch (scope.kind) {
    case 'street':
      return '1';
    case 'community':
      return 'g.community_id = @scopeId';
    case 'grid':
      return 'cf.grid_id = @scopeId';
    case 'category':
      return '(cf.category_id = @scopeId OR cat.parent_id = @scopeId)';
    case 'department':
      return 'cf.assignee_department_id = @scopeId';
    case 'staff':
      return 'cf.assignee_staff_id = @scopeId';
  }
}

export function scopeParams(scope: IndicatorScope): { scopeId?: number } {
  return scope.kind === 'street' ? {} : { scopeId: scope.id };
}

/**
 * Every group the table may show, in display order (by code), and whether groups without
 * any case in the period are still listed. Territories, departments and categories are
 * listed in full within the scope (a grid with nothing due is news too); handlers only
 * when they have cases, or the table would list every volunteer of the street.
 */
export function groupCatalog(db: Db, groupBy: IndicatorGroupBy, scope: IndicatorScope): { members: GroupMember[]; listEmpty: boolean } {
  const id = scope.kind === 'street' ? null : scope.id;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as GroupMember[];
  switch (groupBy) {
    case 'community': {
      const where = scope.kind === 'community' ? 'id = ?' : scope.kind === 'grid' ? 'id = (SELECT community_id FROM grid WHERE id = ?)' : '1';
      return { members: all(`SELECT 'community' AS kind, id, name AS label FROM community WHERE ${where} ORDER BY code`, ...(where === '1' ? [] : [id])), listEmpty: true };
    }
    case 'grid': {
      const where = scope.kind === 'community' ? 'community_id = ?' : scope.kind === 'grid' ? 'id = ?' : '1';
      return { members: all(`SELECT 'grid' AS kind, id, name AS label FROM grid WHERE ${where} ORDER BY code`, ...(where === '1' ? [] : [id])), listEmpty: true };
    }
    case 'department': {
      // Staff-handled cases have no department: a staff scope lists no department.
      const where = scope.kind === 'department' ? 'id = ?' : scope.kind === 'staff' ? '0' : '1';
      return { members: all(`SELECT 'department' AS kind, id, name AS label FROM department WHERE ${where} ORDER BY code`, ...(where === 'id = ?' ? [id] : [])), listEmpty: true };
    }
    case 'category': {
      const where = scope.kind === 'category' ? 'id = ? OR id = (SELECT parent_id FROM case_category WHERE id = ?)' : '1';
      const rows = db
        .prepare(`SELECT id, class, name FROM case_category WHERE parent_id IS NULL AND (${where}) ORDER BY code`)
        .all(...(where === '1' ? [] : [id, id])) as { id: number; class: string; name: string }[];
      return { members: rows.map((r) => ({ kind: 'category', id: r.id, label: `${CLASS_LABEL[r.class] ?? r.class}·${r.name}` })), listEmpty: true };
    }
    case 'handler': {
      const departments = all(`SELECT 'department' AS kind, id, name AS label FROM department ORDER BY code`);
      const staff = all(
        `SELECT 'staff' AS kind, s.id, s.name || '（' || g.name || '）' AS label
           FROM grid_staff s JOIN grid g ON g.id = s.grid_id ORDER BY g.code, s.id`,
      );
      return { members: [...departments, ...staff], listEmpty: false };
    }
    case 'none':
      return { members: [], listEmpty: false };
  }
}
