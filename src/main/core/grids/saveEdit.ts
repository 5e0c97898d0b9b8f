// Saving a draft: one transaction replays it on the saved street, refuses it when it
// leaves self-intersections (always) or overlaps and gaps (unless overridden with a
// reason), writes the grids, moves everything that changes grid, redraws the
// communities, and records what it replaced so the edit can be undone.
import type { GridEditOp, GridEditSaved, GridProblem } from '../../../shared/gridEdit';
import { OVERRIDABLE_PROBLEMS } from '../../../shared/gridEdit';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { boxOf } from '../services/geo';
import { communityRows, redrawCommunities } from './communityBoundaries';
import { writeGridRow, type GridRow } from './gridRows';
import { alignCommunities, applyMoves } from './moveRows';
import { planEdit, type EditPlan } from './previewEdit';
import { editSummary } from './editSummary';

export function saveEdit(db: Db, ops: readonly GridEditOp[], override: { reason: string } | undefined, user: UserView, now: number): GridEditSaved {
  return db.transaction((): GridEditSaved => writeEditPlan(db, planEdit(db, ops), ops, override, user, now))();
}

/** Writes a planned edit (inside the caller's transaction): also the GIS import's grids, so they re-place records exactly as an edit does. */
export function writeEditPlan(
  db: Db,
  plan: EditPlan,
  ops: readonly unknown[],
  override: { reason: string } | undefined,
  user: UserView,
  now: number,
  audit: { action?: string; detail?: Record<string, unknown> } = {},
): GridEditSaved {
  const { draft, reassignment, preview } = plan;
  if (preview.blocked) {
    const first = preview.problems.find((p) => p.kind === 'selfIntersection');
    throw new ApiError('invalid_input', 'the edit makes a grid boundary cross itself; fix it before saving', first ? [{ path: 'ops', message: `self-intersection at ${first.at.map((n) => n.toFixed(6)).join(', ')}` }] : undefined);
  }
  const overridden: GridProblem[] = preview.problems.filter((p) => OVERRIDABLE_PROBLEMS.includes(p.kind));
  if (overridden.length > 0 && !override) {
    throw new ApiError(
      'conflict',
      `the edit leaves ${overridden.length} overlap, gap or outside-street problem(s); save again with an override reason to accept them`,
      overridden.slice(0, 20).map((p) => ({ path: 'override', message: `${p.kind} at ${p.at.map((n) => n.toFixed(6)).join(', ')}` })),
    );
  }
  if (draft.changed().length === 0 && draft.removed.size === 0) throw new ApiError('invalid_input', 'the draft changes nothing', [{ path: 'ops', message: 'changes nothing' }]);

  const touchedExisting = [...draft.touched].filter((id) => id > 0);
  const beforeGrids = db.prepare(`SELECT * FROM grid WHERE id IN (${[...touchedExisting, ...draft.removed, 0].join(',')})`).all() as GridRow[];
  const communityIds = new Set<number>();
  for (const r of beforeGrids) communityIds.add(r.community_id);
  for (const g of draft.changed()) communityIds.add(g.communityId);
  const beforeCommunities = communityRows(db, communityIds);

  const summary = editSummary(preview, (id) => draft.base.saved.get(id)?.code ?? String(id));
  const editId = Number(
    db
      .prepare(
        `INSERT INTO grid_edit (at, user_id, user_name, ops, summary, override_reason, overridden, before_grids, before_communities)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(now, user.id, user.displayName, JSON.stringify(ops), JSON.stringify(summary), overridden.length ? (override?.reason ?? null) : null, JSON.stringify(overridden), JSON.stringify(beforeGrids), JSON.stringify(beforeCommunities))
      .lastInsertRowid,
  );

  // Codes are unique: park every changed code first so two grids may swap codes.
  const park = db.prepare("UPDATE grid SET code = '~' || id WHERE id = ?");
  for (const id of touchedExisting) park.run(id);
  const realId = new Map<number, number>();
  const changed = draft.changed();
  for (const g of changed) {
    const [w, s, e, n] = boxOf(g.geometry);
    const row = { id: g.id > 0 ? g.id : null, community_id: g.communityId, code: g.code, name: g.name, boundary: JSON.stringify(g.geometry), min_lng: w, min_lat: s, max_lng: e, max_lat: n };
    realId.set(g.id, writeGridRow(db, row));
  }
  // Unchanged but parked (touched, then changed back): restore their codes.
  const unpark = db.prepare('UPDATE grid SET code = ? WHERE id = ?');
  for (const id of touchedExisting) if (!realId.has(id) && draft.grids.has(id)) unpark.run(draft.grids.get(id)!.code, id);
  const resolve = (id: number) => realId.get(id) ?? id;

  applyMoves(db, editId, reassignment.moves.map((m) => ({ ...m, to: resolve(m.to) })));
  alignCommunities(db, editId, [...new Set([...changed.map((g) => resolve(g.id)), ...reassignment.moves.map((m) => resolve(m.to))])]);
  // Reviews still open on grids this edit removes, or that this edit raises again for the
  // same grid and reason, are closed with it (undo reopens them).
  const removedList = [...draft.removed, 0].join(',');
  const closedReviews = db.prepare(`SELECT id FROM grid_staff_review WHERE resolved_at IS NULL AND grid_id IN (${removedList})`).pluck().all() as number[];
  const sameOpen = db.prepare('SELECT id FROM grid_staff_review WHERE resolved_at IS NULL AND grid_id = ? AND reason = ?').pluck();
  for (const r of reassignment.staffReview) closedReviews.push(...(sameOpen.all(resolve(r.gridId), r.reason) as number[]));
  if (closedReviews.length) db.prepare(`UPDATE grid_staff_review SET resolved_at = ? WHERE id IN (${closedReviews.join(',')})`).run(now);
  db.prepare('UPDATE grid_edit SET resolved_reviews = ? WHERE id = ?').run(JSON.stringify(closedReviews), editId);
  db.prepare(`DELETE FROM grid_rtree WHERE id IN (${removedList})`).run();
  db.prepare(`DELETE FROM grid WHERE id IN (${removedList})`).run();
  db.prepare('UPDATE grid_edit SET created_grid_ids = ? WHERE id = ?').run(JSON.stringify(changed.filter((g) => g.id < 0).map((g) => resolve(g.id))), editId);
  redrawCommunities(db, communityIds);

  const review = db.prepare('INSERT INTO grid_staff_review (edit_id, grid_id, reason, staff_names) VALUES (?, ?, ?, ?)');
  for (const r of reassignment.staffReview) review.run(editId, resolve(r.gridId), r.reason, JSON.stringify(r.staffNames));

  appendAudit(db, now, {
    userId: user.id,
    action: audit.action ?? (overridden.length ? 'grid.edit.override' : 'grid.edit'),
    entity: 'grid_edit',
    entityId: editId,
    detail: { ...audit.detail, summary, overrideReason: overridden.length ? override?.reason : undefined, overridden: overridden.map((p) => ({ kind: p.kind, at: p.at, areaM2: p.areaM2 })), moves: reassignment.moves.length },
  });

  const mapIds = <T extends { gridId: number }>(x: T): T => ({ ...x, gridId: resolve(x.gridId) });
  return {
    editId,
    preview: {
      ...preview,
      grids: preview.grids.map((g) => ({ ...g, id: resolve(g.id) })),
      moves: preview.moves.map(mapIds),
      staffReview: preview.staffReview.map(mapIds),
      flows: preview.flows.map((f) => ({ ...f, fromId: resolve(f.fromId), toId: resolve(f.toId) })),
      problems: preview.problems.map((p) => ({ ...p, gridIds: p.gridIds.map(resolve) })),
    },
  };
}
