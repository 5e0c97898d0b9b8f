// Accounts and sessions through the API on a real encrypted street: administrators manage
// accounts (key slots rewrapped), everyone changes their own password, unlock is throttled,
// sessions expire on idle and at a maximum age (injected clock).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring } from '../../src/main/core/db/keyring';
import type { AccountView } from '../../src/shared/accounts';
import type { SessionStatus, UnlockResult } from '../../src/shared/views';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

const MINUTE = 60_000;
let dir: string;
let remove: () => void;
let core: CoreHandle;
const clock = { t: TEST_ANCHOR };

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
  clock.t = TEST_ANCHOR;
  core = await startCore({ dataDir: dir, now: () => clock.t });
});
afterEach(async () => {
  await core.close();
  remove();
});

async function unlock(username: string, password = 'streetops', source = 'test'): Promise<UnlockResult> {
  return ok<UnlockResult>(await core.call('auth.unlock', { username, password }, null, { source }));
}

async function firstCommunityId(token: string): Promise<number> {
  const base = ok<{ communities: { features: { properties: { id: number } }[] } }>(await core.call('map.base', {}, token));
  return base.communities.features[0]!.properties.id;
}

describe('accounts managed by an administrator', () => {
  it('adds a community-scoped user who must set a password first; the key slot is real and the audit holds no password', async () => {
    const admin = await unlock('admin');
    const communityId = await firstCommunityId(admin.token);
    const created = ok<AccountView>(
      await core.call('user.create', { username: 'zhangli2', displayName: '张丽', role: 'community', communityId, password: 'Temp-2026!' }, admin.token),
    );
    expect(created).toMatchObject({ username: 'zhangli2', role: 'community', communityId, mustChangePassword: true, disabled: false });
    expect(readKeyring(dataPaths(dir).keyring).entries.map((e) => e.username)).toContain('zhangli2');

    const user = await unlock('zhangli2', 'Temp-2026!');
    expect(user.user).toMatchObject({ communityId, mustChangePassword: true });
    expect(err(await core.call('street.summary', {}, user.token)).code).toBe('password_change_required');
    expect(err(await core.call('auth.changePassword', { oldPassword: 'wrong-one', newPassword: 'Mine-2026!x' }, user.token)).details?.[0]?.path).toBe('oldPassword');
    expect(err(await core.call('auth.changePassword', { oldPassword: 'Temp-2026!', newPassword: 'short' }, user.token)).details?.[0]?.path).toBe('newPassword');
    ok(await core.call('auth.changePassword', { oldPassword: 'Temp-2026!', newPassword: 'Mine-2026!x' }, user.token));
    ok(await core.call('street.summary', {}, user.token));
    expect(ok<SessionStatus>(await core.call('session.status', {}, user.token)).user?.mustChangePassword).toBe(false);

    await core.call('auth.lock', {}, user.token);
    expect(err(await core.call('auth.unlock', { username: 'zhangli2', password: 'Temp-2026!' }, null, { source: 'test' })).code).toBe('wrong_password');
    expect((await unlock('zhangli2', 'Mine-2026!x')).user.mustChangePassword).toBe(false);

    await core.close();
    const db = await openStreetReadonly(dir);
    const audit = db.prepare(`SELECT action, detail FROM audit_log WHERE action IN ('user.create', 'auth.changePassword') ORDER BY id`).all() as { action: string; detail: string }[];
    db.close();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'auth.changePassword']);
    for (const a of audit) expect(a.detail).not.toMatch(/Temp-2026|Mine-2026/);
    core = await startCore({ dataDir: dir, now: () => clock.t });
  });

  it('refuses bad accounts by field, and only administrators manage accounts', async () => {
    const admin = await unlock('admin');
    const leader = await unlock('leader');
    expect(err(await core.call('user.list', {}, leader.token)).code).toBe('unauthorized');
    expect(err(await core.call('user.create', { username: 'x1x', displayName: 'x', role: 'admin', communityId: null, password: 'abcdefgh1' }, leader.token)).code).toBe('unauthorized');
    const taken = err(await core.call('user.create', { username: 'leader', displayName: '重名', role: 'leader', communityId: null, password: 'abcdefgh1' }, admin.token));
    expect(taken).toMatchObject({ code: 'conflict', details: [{ path: 'username' }] });
    const unscoped = err(await core.call('user.create', { username: 'sq01', displayName: '社区', role: 'community', communityId: null, password: 'abcdefgh1' }, admin.token));
    expect(unscoped.details?.[0]?.path).toBe('communityId');
    const nowhere = err(await core.call('user.create', { username: 'sq02', displayName: '社区', role: 'dispatcher', communityId: 99999, password: 'abcdefgh1' }, admin.token));
    expect(nowhere.details?.[0]?.message).toMatch(/names no community/);
    const sameAsName = err(await core.call('user.create', { username: 'samename', displayName: 'x', role: 'leader', communityId: null, password: 'samename' }, admin.token));
    expect(sameAsName.details?.[0]?.path).toBe('password');
    const badName = err(await core.call('user.create', { username: 'Bad Name', displayName: 'x', role: 'leader', communityId: null, password: 'abcdefgh1' }, admin.token));
    expect(badName.details?.[0]?.path).toBe('username');
    const accounts = ok<AccountView[]>(await core.call('user.list', {}, admin.token));
    expect(accounts.map((a) => a.username).sort()).toEqual(['admin', 'community', 'dispatcher', 'leader', 'operator']);
  });

  it('disabling ends the sessions and removes the key slot; a password reset enables again and forces a change', async () => {
    const admin = await unlock('admin');
    const operator = await unlock('operator');
    const id = ok<AccountView[]>(await core.call('user.list', {}, admin.token)).find((a) => a.username === 'operator')!.id;
    ok(await core.call('user.update', { id, disabled: true }, admin.token));
    expect(err(await core.call('street.summary', {}, operator.token)).code).toBe('unauthorized');
    expect(readKeyring(dataPaths(dir).keyring).entries.map((e) => e.username)).not.toContain('operator');
    expect(err(await core.call('auth.unlock', { username: 'operator', password: 'streetops' }, null, { source: 'test' })).code).toBe('wrong_password');
    expect(err(await core.call('user.update', { id, disabled: false }, admin.token)).details?.[0]?.path).toBe('disabled');
    const reset = ok<AccountView>(await core.call('user.resetPassword', { id, password: 'Reset-2026' }, admin.token));
    expect(reset).toMatchObject({ disabled: false, mustChangePassword: true });
    expect((await unlock('operator', 'Reset-2026')).user.mustChangePassword).toBe(true);
  });

  it('a role or scope change ends the user’s sessions; the last administrator cannot be demoted or disabled', async () => {
    const admin = await unlock('admin');
    const dispatcher = await unlock('dispatcher');
    const list = ok<AccountView[]>(await core.call('user.list', {}, admin.token));
    const dispatcherId = list.find((a) => a.username === 'dispatcher')!.id;
    const adminId = list.find((a) => a.username === 'admin')!.id;
    const communityId = await firstCommunityId(admin.token);
    ok(await core.call('user.update', { id: dispatcherId, communityId }, admin.token));
    expect(err(await core.call('street.summary', {}, dispatcher.token)).code).toBe('unauthorized');
    expect((await unlock('dispatcher')).user.communityId).toBe(communityId);
    expect(err(await core.call('user.update', { id: adminId, role: 'leader' }, admin.token)).code).toBe('conflict');
    expect(err(await core.call('user.update', { id: adminId, disabled: true }, admin.token)).code).toBe('conflict');
    expect(err(await core.call('user.resetPassword', { id: adminId, password: 'abcdefgh1' }, admin.token)).details?.[0]?.path).toBe('id');
  });
});

describe('unlock throttling', () => {
  it('free attempts, then growing delays, then a lockout an administrator lifts', async () => {
    const wrong = () => core.call('auth.unlock', { username: 'leader', password: 'nope-nope' }, null, { source: 'attacker' });
    for (let i = 0; i < 3; i++) expect(err(await wrong()).code).toBe('wrong_password');
    const waiting = err(await wrong());
    expect(waiting.code).toBe('throttled');
    expect(Number(waiting.details?.find((d) => d.path === 'retryAt')?.message)).toBe(clock.t + 1000);
    // Even the right password waits: the delay is per user, whatever the guess.
    expect(err(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null, { source: 'desk' })).code).toBe('throttled');
    let delays = 0;
    for (let i = 0; i < 20; i++) {
      const e = err(await wrong());
      if (e.details?.some((d) => d.path === 'lockedOut')) break;
      if (e.code === 'throttled') {
        clock.t = Number(e.details?.find((d) => d.path === 'retryAt')?.message);
        delays++;
      }
    }
    expect(delays).toBeGreaterThanOrEqual(6);
    clock.t += 24 * 60 * MINUTE;
    const locked = err(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null, { source: 'desk' }));
    expect(locked.details).toEqual([{ path: 'lockedOut', message: 'true' }]);
    const admin = await unlock('admin', 'streetops', 'desk');
    const leaderAccount = ok<AccountView[]>(await core.call('user.list', {}, admin.token)).find((a) => a.username === 'leader')!;
    expect(leaderAccount.lockedOut).toBe(true);
    ok(await core.call('user.liftLockout', { id: leaderAccount.id }, admin.token));
    await unlock('leader', 'streetops', 'desk');
  });

  it('counts per source too: guessing across usernames from one address is slowed', async () => {
    for (const u of ['admin', 'leader', 'operator']) expect(err(await core.call('auth.unlock', { username: u, password: 'x' }, null, { source: '10.0.0.9' })).code).toBe('wrong_password');
    expect(err(await core.call('auth.unlock', { username: 'dispatcher', password: 'x' }, null, { source: '10.0.0.9' })).code).toBe('throttled');
    await unlock('dispatcher', 'streetops', 'ipc');
  });

  it('a workstation waits at most a minute for other users, and lifting a lockout clears its wait', async () => {
    // Many typos on one shared workstation ('ipc'), across several usernames.
    let longest = 0;
    for (let i = 0; i < 24; i++) {
      const r = await core.call('auth.unlock', { username: ['leader', 'operator', 'community'][i % 3]!, password: 'typo-typo' }, null, { source: 'ipc' });
      const retryAt = !r.ok && r.error.code === 'throttled' ? Number(r.error.details?.find((d) => d.path === 'retryAt')?.message) : null;
      if (retryAt !== null) {
        longest = Math.max(longest, retryAt - clock.t);
        clock.t = retryAt;
      }
    }
    // The doubling ran into the workstation's cap (the usernames' own delays stay short).
    expect(longest).toBe(60_000);
    await core.call('auth.unlock', { username: 'leader', password: 'typo-typo' }, null, { source: 'ipc' });
    const waiting = err(await core.call('auth.unlock', { username: 'dispatcher', password: 'x' }, null, { source: 'ipc' }));
    expect(waiting.code).toBe('throttled');
    const admin = await unlock('admin', 'streetops', 'other-desk');
    const operatorId = ok<AccountView[]>(await core.call('user.list', {}, admin.token)).find((a) => a.username === 'operator')!.id;
    ok(await core.call('user.liftLockout', { id: operatorId }, admin.token));
    await unlock('dispatcher', 'streetops', 'ipc');
  });

  it('parallel guesses do not slip through one window', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => core.call('auth.unlock', { username: 'admin', password: 'guess-guess' }, null, { source: 'x' })));
    expect(results.filter((r) => !r.ok && r.error.code === 'wrong_password').length).toBe(3);
  });
});

describe('session expiry', () => {
  it('expires after the idle time, drops the key with the last session, and activity keeps a session alive', async () => {
    const a = await unlock('admin');
    clock.t += 29 * MINUTE;
    ok(await core.call('street.summary', {}, a.token));
    clock.t += 29 * MINUTE;
    ok(await core.call('street.summary', {}, a.token));
    clock.t += 30 * MINUTE;
    expect(err(await core.call('street.summary', {}, a.token)).code).toBe('unauthorized');
    expect(ok<SessionStatus>(await core.call('session.status', {}, a.token)).state).toBe('locked');
  });

  it('ends at the maximum age however active, and follows the office settings', async () => {
    const a = await unlock('admin');
    expect(a.idleMinutes).toBe(30);
    ok(await core.call('settings.save', { 'session.idleMinutes': 5, 'session.maxAgeHours': 2 }, a.token));
    expect(err(await core.call('settings.save', { 'session.idleMinutes': 0 }, a.token)).details?.[0]?.path).toBe('session.idleMinutes');
    for (let i = 0; i < 23; i++) {
      clock.t += 5 * MINUTE - 1;
      ok(await core.call('street.summary', {}, a.token));
    }
    clock.t += 10 * MINUTE;
    expect(err(await core.call('street.summary', {}, a.token)).code).toBe('unauthorized');
    const b = await unlock('admin');
    expect(b.idleMinutes).toBe(5);
    clock.t += 5 * MINUTE;
    expect(err(await core.call('street.summary', {}, b.token)).code).toBe('unauthorized');
  });
});
