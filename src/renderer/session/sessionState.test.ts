import { describe, expect, it } from 'vitest';
import { stateFromStatus, type SessionState } from './sessionState';

const user = { id: 1, username: 'admin', displayName: '管理员', role: 'admin' as const, communityId: null, mustChangePassword: false };
const job = { jobId: 'j', kind: 'demo' as const, fraction: 0.4, stage: 'grids', state: 'running' as const };

describe('stateFromStatus', () => {
  const connecting: SessionState = { phase: 'connecting' };

  it('shows the progress while the demo street is prepared, keeping the last job seen', () => {
    expect(stateFromStatus({ now: 0, state: 'preparing', job }, connecting)).toEqual({ phase: 'preparing', job, streetName: null });
    expect(stateFromStatus({ now: 0, state: 'preparing' }, { phase: 'preparing', job, streetName: null })).toMatchObject({ job });
  });

  it('unlocks only with a user, and keeps a lock notice across refreshes', () => {
    expect(stateFromStatus({ now: 0, state: 'unlocked', user, streetName: '九龙街道', idleMinutes: 12 }, connecting)).toEqual({
      phase: 'unlocked',
      user,
      streetName: '九龙街道',
      idleMinutes: 12,
    });
    expect(stateFromStatus({ now: 0, state: 'unlocked' }, connecting)).toMatchObject({ phase: 'locked' });
    expect(stateFromStatus({ now: 0, state: 'locked', streetName: '九龙街道' }, { phase: 'locked', streetName: null, notice: 'idle' })).toEqual({
      phase: 'locked',
      streetName: '九龙街道',
      notice: 'idle',
    });
  });

  it('sends an account with a temporary password to the new-password screen, not the console', () => {
    const fresh = { ...user, mustChangePassword: true };
    expect(stateFromStatus({ now: 0, state: 'unlocked', user: fresh, streetName: '九龙街道' }, connecting)).toEqual({
      phase: 'mustChangePassword',
      user: fresh,
      streetName: '九龙街道',
      idleMinutes: 30,
    });
  });

  it('shows why the data directory cannot be opened instead of a password form', () => {
    const problem = { code: 'keyring_missing' as const, message: 'keyring.json is missing', dataDir: '/data' };
    expect(stateFromStatus({ now: 0, state: 'unavailable', problem }, connecting)).toEqual({ phase: 'unavailable', problem });
  });
});
