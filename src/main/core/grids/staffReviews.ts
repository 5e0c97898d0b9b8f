// Staff assignments a grid edit flagged for review (a grid merged away, a new grid with no
// grid head or worker, a grid whose households changed by a fifth or more), until an
// administrator marks them done.
import { ApiError } from '../../../shared/errors';
import type { StaffReviewView } from '../../../shared/gridEdit';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';

export function pendingStaffReviews(db: Db): StaffReviewView[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.edit_id, r.grid_id, g.code, g.name, r.reason, r.staff_names, e.at
         FROM grid_staff_review r JOIN grid g ON g.id = r.grid_id JOIN grid_edit e ON e.id = r.edit_id
        WHERE r.resolved_at IS NULL ORDER BY r.id DESC`,
    )
    .all() as { id: number; edit_id: number; grid_id: number; code: string; name: string; reason: StaffReviewView['reason']; staff_names: string; at: number }[];
  return rows.map((r) => ({ id: r.id, editId: r.edit_id, gridId: r.grid_id, gridCode: r.code, gridName: r.name, reason: r.reason, staffNames: JSON.parse(r.staff_names) as string[], at: r.at }));
}

export function resolveStaffReview(db: Db, id: number, user: UserView, now: number): { resolved: true } {
  return db.transaction(() => {
    const changed = db.prepare('UPDATE grid_staff_review SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL').run(now, id).changes;
    if (changed === 0) throw new ApiError('not_found', `staff review ${id} does not exist or is already done`);
    appendAudit(db, now, { userId: user.id, action: 'grid.staffReview.resolve', entity: 'grid_staff_review', entityId: id });
    return { resolved: true as const };
  })();
}
