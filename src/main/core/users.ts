// Application users live in the encrypted database (role, display name); their ability to
// unlock lives in the keyring. The demo street ships these five accounts.
import type { Role } from '../../shared/domain';
import type { UserView } from '../../shared/views';
import type { Db } from './db/database';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  /** Demo only: scope the account to the street's first community (by code). */
  firstCommunity?: boolean;
}

export const DEMO_PASSWORD = 'streetops';
export const DEMO_USERS: readonly NewUser[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', password: DEMO_PASSWORD },
  { username: 'dispatcher', displayName: '调度员 王敏', role: 'dispatcher', password: DEMO_PASSWORD },
  { username: 'operator', displayName: '值班员 李强', role: 'operator', password: DEMO_PASSWORD },
  { username: 'leader', displayName: '街道领导 陈静', role: 'leader', password: DEMO_PASSWORD },
  { username: 'community', displayName: '社区工作人员 张丽', role: 'community', password: DEMO_PASSWORD, firstCommunity: true },
];

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  community_id: number | null;
  must_change_password: number;
}

const USER_COLUMNS = 'id, username, display_name, role, community_id, must_change_password';

function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    communityId: row.community_id,
    mustChangePassword: row.must_change_password === 1,
  };
}

export function insertUsers(db: Db, users: readonly NewUser[], now: number): void {
  const insert = db.prepare('INSERT INTO app_user (username, display_name, role, community_id, created_at) VALUES (?, ?, ?, ?, ?)');
  const first = db.prepare('SELECT id FROM community ORDER BY code LIMIT 1').pluck();
  for (const u of users) insert.run(u.username, u.displayName, u.role, u.firstCommunity ? ((first.get() as number | undefined) ?? null) : null, now);
}

export function findUser(db: Db, username: string): UserView | null {
  const row = db.prepare(`SELECT ${USER_COLUMNS} FROM app_user WHERE username = ? AND disabled = 0`).get(username) as UserRow | undefined;
  return row ? toUserView(row) : null;
}

export function findUserById(db: Db, id: number): UserView | null {
  const row = db.prepare(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = ?`).get(id) as UserRow | undefined;
  return row ? toUserView(row) : null;
}
