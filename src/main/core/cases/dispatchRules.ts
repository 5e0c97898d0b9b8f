// Auto-dispatch rules: "this category in this area goes to this handler". The most
// specific enabled rule wins (subcategory over large category, grid over community over
// the whole street); it applies when a case is registered.
import type { Assignee, DispatchRuleView } from '../../../shared/cases';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { assigneeOption } from './assignees';

interface RuleRow {
  id: number;
  category_id: number | null;
  category_code: string | null;
  category_name: string | null;
  community_id: number | null;
  grid_id: number | null;
  area_name: string | null;
  assignee_kind: 'staff' | 'department';
  assignee_id: number;
  enabled: number;
  note: string;
}

const SELECT = `SELECT r.id, r.category_id, k.code AS category_code, k.name AS category_name, r.community_id, r.grid_id,
       coalesce(g.name, cm.name) AS area_name, r.assignee_kind, r.assignee_id, r.enabled, r.note
  FROM dispatch_rule r
  LEFT JOIN case_category k ON k.id = r.category_id
  LEFT JOIN grid g ON g.id = r.grid_id
  LEFT JOIN community cm ON cm.id = r.community_id`;

function toView(db: Db, r: RuleRow): DispatchRuleView {
  return {
    id: r.id,
    categoryId: r.category_id,
    categoryCode: r.category_code,
    categoryName: r.category_name,
    communityId: r.community_id,
    gridId: r.grid_id,
    areaName: r.area_name,
    assignee: assigneeOption(db, { kind: r.assignee_kind, id: r.assignee_id }),
    enabled: r.enabled === 1,
    note: r.note,
  };
}

export function listDispatchRules(db: Db): DispatchRuleView[] {
  return (db.prepare(`${SELECT} ORDER BY r.id`).all() as RuleRow[]).map((r) => toView(db, r));
}

export function matchDispatchRule(db: Db, categoryId: number, gridId: number): { id: number; assignee: Assignee } | null {
  const row = db
    .prepare(
      `SELECT r.id, r.assignee_kind, r.assignee_id FROM dispatch_rule r
        WHERE r.enabled = 1
          AND (r.category_id IS NULL OR r.category_id = @cat OR r.category_id = (SELECT parent_id FROM case_category WHERE id = @cat))
          AND (r.grid_id IS NULL OR r.grid_id = @grid)
          AND (r.community_id IS NULL OR r.community_id = (SELECT community_id FROM grid WHERE id = @grid))
        ORDER BY (r.category_id = @cat) DESC, (r.category_id IS NOT NULL) DESC, (r.grid_id IS NOT NULL) DESC, (r.community_id IS NOT NULL) DESC, r.id
        LIMIT 1`,
    )
    .get({ cat: categoryId, grid: gridId }) as { id: number; assignee_kind: 'staff' | 'department'; assignee_id: number } | undefined;
  return row ? { id: row.id, assignee: { kind: row.assignee_kind, id: row.assignee_id } } : null;
}

export interface RuleInput {
  id?: number | undefined;
  categoryId?: number | undefined;
  communityId?: number | undefined;
  gridId?: number | undefined;
  assignee: Assignee;
  enabled: boolean;
  note?: string | undefined;
}

export function saveDispatchRule(db: Db, input: RuleInput, user: UserView, now: number): DispatchRuleView {
  assigneeOption(db, input.assignee);
  const exists = (table: string, id: number | undefined, path: string) => {
    if (id !== undefined && !db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw new ApiError('invalid_input', `${path}: no ${table} with id ${id}`, [{ path, message: 'does not exist' }]);
  };
  exists('case_category', input.categoryId, 'categoryId');
  exists('community', input.communityId, 'communityId');
  exists('grid', input.gridId, 'gridId');
  const id = db.transaction(() => {
    const values = [input.categoryId ?? null, input.communityId ?? null, input.gridId ?? null, input.assignee.kind, input.assignee.id, input.enabled ? 1 : 0, input.note ?? ''];
    let ruleId: number;
    if (input.id !== undefined) {
      const r = db.prepare('UPDATE dispatch_rule SET category_id = ?, community_id = ?, grid_id = ?, assignee_kind = ?, assignee_id = ?, enabled = ?, note = ? WHERE id = ?').run(...values, input.id);
      if (r.changes === 0) throw new ApiError('not_found', `dispatch rule ${input.id} does not exist`);
      ruleId = input.id;
    } else {
      ruleId = Number(db.prepare('INSERT INTO dispatch_rule (category_id, community_id, grid_id, assignee_kind, assignee_id, enabled, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(...values, now).lastInsertRowid);
    }
    appendAudit(db, now, { userId: user.id, action: 'dispatchRule.save', entity: 'dispatch_rule', entityId: ruleId, detail: { ...input } });
    return ruleId;
  })();
  return toView(db, db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RuleRow);
}

export function deleteDispatchRule(db: Db, id: number, user: UserView, now: number): { deleted: true } {
  db.transaction(() => {
    if (db.prepare('DELETE FROM dispatch_rule WHERE id = ?').run(id).changes === 0) throw new ApiError('not_found', `dispatch rule ${id} does not exist`);
    appendAudit(db, now, { userId: user.id, action: 'dispatchRule.delete', entity: 'dispatch_rule', entityId: id });
  })();
  return { deleted: true };
}
