// Accounts as administrators see them: app_user rows with their community and the
// throttle's view of failed sign-ins.
import type { AccountView } from '../../../shared/accounts';
import type { Role } from '../../../shared/domain';
import type { Db } from '../db/database';

interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  community_id: number | null;
  community_name: string | null;
  disabled: number;
  must_change_password: number;
  created_at: number;
  password_changed_at: number | null;
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.community_id, c.name AS community_name, u.disabled,
  u.must_change_password, u.created_at, u.password_changed_at FROM app_user u LEFT JOIN community c ON c.id = u.community_id`;

export type ThrottleLookup = (username: string) => { lockedOut: boolean; lockedUntil: number | null };

function toView(r: AccountRow, throttle: ThrottleLookup): AccountView {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    communityId: r.community_id,
    communityName: r.community_name,
    disabled: r.disabled === 1,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
    passwordChangedAt: r.password_changed_at,
    ...throttle(r.username),
  };
}

export function listAccounts(db: Db, throttle: ThrottleLookup): AccountView[] {
  return (db.prepare(`${SELECT} ORDER BY u.disabled, u.username`).all() as AccountRow[]).map((r) => toView(r, throttle));
}

export function accountById(db: Db, id: number, throttle: ThrottleLookup): AccountView | null {
  const row = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as AccountRow | undefined;
  return row ? toView(row, throttle) : null;
}
