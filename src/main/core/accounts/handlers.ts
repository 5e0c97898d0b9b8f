// Account, password and office-setting methods: administrators manage accounts (the key
// slot is rewrapped with every password they set), everyone changes their own password.
// Every change is audited without the password, in the transaction that makes it.
import type { Db } from '../db/database';
import { ApiError } from '../../../shared/errors';
import type { AccountView } from '../../../shared/accounts';
import type { Role } from '../../../shared/domain';
import { appendAudit } from '../audit';
import type { CallContext } from '../api/context';
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { allSettings, putSetting, type SettingKey } from '../settings';
import { accountById, listAccounts } from './accountRows';

type AccountMethods =
  | 'auth.changePassword'
  | 'user.list'
  | 'user.create'
  | 'user.update'
  | 'user.resetPassword'
  | 'user.liftLockout'
  | 'settings.get'
  | 'settings.save';

const ADMIN: readonly Role[] = ['admin'];

function fieldError(path: string, message: string, code: 'invalid_input' | 'conflict' = 'invalid_input'): ApiError {
  return new ApiError(code, `${path} ${message}`, [{ path, message }]);
}

function account(ctx: CallContext, id: number): AccountView {
  const found = accountById(ctx.db(), id, ctx.accounts.throttleState);
  if (!found) throw new ApiError('not_found', `no account with id ${id}`);
  return found;
}

function checkCommunity(db: Db, role: Role, communityId: number | null): void {
  if (communityId !== null && !db.prepare('SELECT 1 FROM community WHERE id = ?').get(communityId)) throw fieldError('communityId', `names no community (id ${communityId})`);
  if (role === 'community' && communityId === null) throw fieldError('communityId', 'is required for the community role (社区工作人员 work in one community)');
}

function checkPasswordChoice(username: string, password: string): void {
  if (password.toLowerCase() === username.toLowerCase()) throw fieldError('password', 'must not be the username');
}

/** Refuses a change that would leave the street with no active administrator. */
function keepAnAdmin(db: Db, userId: number): void {
  const others = db.prepare(`SELECT count(*) FROM app_user WHERE role = 'admin' AND disabled = 0 AND id <> ?`).pluck().get(userId) as number;
  if (others === 0) throw new ApiError('conflict', 'this is the last active administrator: add or enable another administrator first', [{ path: 'role', message: 'would leave no active administrator' }]);
}

export const accountHandlers: Pick<HandlerMap, AccountMethods> = {
  'auth.changePassword': async (input, ctx) => {
    const me = currentUser(ctx);
    if (!(await ctx.accounts.verifyPassword(me.username, input.oldPassword, ctx.origin.source))) throw fieldError('oldPassword', 'is not your current password', 'invalid_input');
    checkPasswordChoice(me.username, input.newPassword);
    if (input.newPassword === input.oldPassword) throw fieldError('newPassword', 'must differ from the current password');
    await ctx.accounts.setPassword(me.username, input.newPassword, (db) => {
      db.prepare('UPDATE app_user SET must_change_password = 0, password_changed_at = ? WHERE id = ?').run(ctx.now, me.id);
      appendAudit(db, ctx.now, { userId: me.id, action: 'auth.changePassword', entity: 'app_user', entityId: me.id });
    });
    ctx.accounts.refreshUser(me.id);
    return { changed: true };
  },

  'user.list': (_input, ctx) => {
    requireRole(ctx, ADMIN, 'manage accounts');
    return listAccounts(ctx.db(), ctx.accounts.throttleState);
  },

  'user.create': async (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'manage accounts');
    const db = ctx.db();
    if (db.prepare('SELECT 1 FROM app_user WHERE username = ?').get(input.username)) throw fieldError('username', `is already taken (${input.username})`, 'conflict');
    checkCommunity(db, input.role, input.communityId);
    checkPasswordChoice(input.username, input.password);
    let id = 0;
    await ctx.accounts.setPassword(input.username, input.password, (tx) => {
      id = Number(
        tx
          .prepare('INSERT INTO app_user (username, display_name, role, community_id, created_at, must_change_password, password_changed_at) VALUES (?, ?, ?, ?, ?, 1, ?)')
          .run(input.username, input.displayName, input.role, input.communityId, ctx.now, ctx.now).lastInsertRowid,
      );
      appendAudit(tx, ctx.now, { userId: admin.id, action: 'user.create', entity: 'app_user', entityId: id, detail: { username: input.username, role: input.role, communityId: input.communityId } });
    });
    return account(ctx, id);
  },

  'user.update': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'manage accounts');
    const db = ctx.db();
    const before = account(ctx, input.id);
    const role = input.role ?? before.role;
    const communityId = input.communityId === undefined ? before.communityId : input.communityId;
    checkCommunity(db, role, communityId);
    if (input.disabled === false && before.disabled) {
      throw fieldError('disabled', 'cannot be cleared here: set a new password for the account (user.resetPassword), which enables it again');
    }
    const disabling = input.disabled === true && !before.disabled;
    if (before.role === 'admin' && !before.disabled && (role !== 'admin' || disabling)) keepAnAdmin(db, before.id);
    if (disabling && before.id === admin.id) throw fieldError('disabled', 'cannot be set on your own account');
    const changed: Record<string, unknown> = {};
    if (input.displayName !== undefined && input.displayName !== before.displayName) changed.displayName = input.displayName;
    if (role !== before.role) changed.role = { from: before.role, to: role };
    if (communityId !== before.communityId) changed.communityId = { from: before.communityId, to: communityId };
    if (disabling) changed.disabled = true;
    if (Object.keys(changed).length === 0) return before;
    const record = (tx: Db) => {
      tx.prepare('UPDATE app_user SET display_name = ?, role = ?, community_id = ?, disabled = ? WHERE id = ?').run(
        input.displayName ?? before.displayName,
        role,
        communityId,
        disabling ? 1 : before.disabled ? 1 : 0,
        before.id,
      );
      appendAudit(tx, ctx.now, { userId: admin.id, action: 'user.update', entity: 'app_user', entityId: before.id, detail: changed });
    };
    // A disabled account loses its key slot: its old password opens nothing any more.
    if (disabling) ctx.accounts.removeKey(before.username, record);
    else db.transaction(() => record(db))();
    // Rights changed: the user signs in again and gets the new ones.
    if (changed.role || changed.communityId || disabling) ctx.accounts.endSessions(before.id);
    else ctx.accounts.refreshUser(before.id);
    return account(ctx, before.id);
  },

  'user.resetPassword': async (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'manage accounts');
    const target = account(ctx, input.id);
    if (target.id === admin.id) throw fieldError('id', 'is your own account: change your own password with 修改密码 (auth.changePassword)');
    checkPasswordChoice(target.username, input.password);
    await ctx.accounts.setPassword(target.username, input.password, (tx) => {
      tx.prepare('UPDATE app_user SET must_change_password = 1, disabled = 0, password_changed_at = ? WHERE id = ?').run(ctx.now, target.id);
      appendAudit(tx, ctx.now, { userId: admin.id, action: 'user.resetPassword', entity: 'app_user', entityId: target.id, detail: { enabled: target.disabled } });
    });
    ctx.accounts.liftThrottle(target.username);
    ctx.accounts.endSessions(target.id);
    return account(ctx, target.id);
  },

  'user.liftLockout': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'manage accounts');
    const target = account(ctx, input.id);
    ctx.accounts.liftThrottle(target.username);
    const db = ctx.db();
    db.transaction(() => appendAudit(db, ctx.now, { userId: admin.id, action: 'user.liftLockout', entity: 'app_user', entityId: target.id }))();
    return account(ctx, target.id);
  },

  'settings.get': (_input, ctx) => allSettings(ctx.db()),

  'settings.save': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'change office settings');
    const db = ctx.db();
    db.transaction(() => {
      for (const [key, value] of Object.entries(input) as [SettingKey, number | boolean | undefined][]) {
        if (value === undefined) continue;
        putSetting(db, key, value as never, admin.id, ctx.now);
      }
      appendAudit(db, ctx.now, { userId: admin.id, action: 'settings.save', entity: 'setting', detail: input });
    })();
    ctx.accounts.applySettings();
    return allSettings(db);
  },
};
