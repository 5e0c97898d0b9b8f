// Notices to accounts (通知中心). One row per recipient, written inside the caller's
// transaction; the caller pushes `notification.changed` with the recipients' ids after it
// commits, so every open console of those accounts refreshes its bell.
import type { NotificationKind, NotificationList, NotificationView } from '../../../shared/notifications';
import type { Role } from '../../../shared/domain';
import type { Db } from '../db/database';

export interface Notice {
  kind: NotificationKind;
  caseId?: number | null;
  params: Record<string, string | number>;
}

/** Writes the notice for each account (duplicates removed); answers the recipients. */
export function notify(db: Db, userIds: readonly number[], notice: Notice, now: number): number[] {
  const unique = [...new Set(userIds)];
  const insert = db.prepare('INSERT INTO notification (user_id, kind, case_id, params, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const u of unique) insert.run(u, notice.kind, notice.caseId ?? null, JSON.stringify(notice.params), now);
  return unique;
}

export interface AccountFilter {
  roles: readonly Role[];
  departmentId?: number | null;
  /** Accounts limited to another community are left out; street-wide ones stay. */
  communityId?: number | null;
  /** Only accounts limited to exactly this community. */
  onlyCommunity?: number;
}

/** Enabled accounts of these roles (and department / community when given). */
export function accountsWith(db: Db, f: AccountFilter): number[] {
  const where = ['disabled = 0', 'role IN (SELECT value FROM json_each(@roles))'];
  const params: Record<string, unknown> = { roles: JSON.stringify(f.roles) };
  if (f.departmentId !== undefined && f.departmentId !== null) {
    where.push('department_id = @dep');
    params.dep = f.departmentId;
  }
  if (f.communityId !== undefined && f.communityId !== null) {
    where.push('(community_id IS NULL OR community_id = @com)');
    params.com = f.communityId;
  }
  if (f.onlyCommunity !== undefined) {
    where.push('community_id = @only');
    params.only = f.onlyCommunity;
  }
  return (db.prepare(`SELECT id FROM app_user WHERE ${where.join(' AND ')} ORDER BY id`).all(params) as { id: number }[]).map((r) => r.id);
}

interface NotificationRow {
  id: number;
  kind: NotificationKind;
  case_id: number | null;
  params: string;
  created_at: number;
  read_at: number | null;
}

export function listNotifications(db: Db, userId: number, limit = 50): NotificationList {
  const rows = db
    .prepare('SELECT id, kind, case_id, params, created_at, read_at FROM notification WHERE user_id = ? ORDER BY id DESC LIMIT ?')
    .all(userId, limit) as NotificationRow[];
  const items: NotificationView[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    caseId: r.case_id,
    params: JSON.parse(r.params) as Record<string, string | number>,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
  return { unread: unreadCount(db, userId), items };
}

export function unreadCount(db: Db, userId: number): number {
  return db.prepare('SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL').pluck().get(userId) as number;
}

/** Marks the account's own notices read (ids of other accounts are ignored); answers how many changed. */
export function markRead(db: Db, userId: number, ids: readonly number[] | 'all', now: number): number {
  if (ids === 'all') return db.prepare('UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(now, userId).changes;
  return db
    .prepare('UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (SELECT value FROM json_each(?))')
    .run(now, userId, JSON.stringify(ids)).changes;
}
