import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../shared/accounts';
import { accountStateTags, canLiftLockout } from './accountState';

const account: AccountView = {
  id: 7,
  username: 'lin',
  displayName: '林晓',
  role: 'community',
  communityId: 2,
  communityName: '东湖社区',
  disabled: false,
  mustChangePassword: false,
  createdAt: 0,
  passwordChangedAt: null,
  lockedUntil: null,
  lockedOut: false,
};
const NOW = 1_000_000;

describe('accountStateTags', () => {
  it('is active only when nothing else holds', () => {
    expect(accountStateTags(account, NOW)).toEqual([{ kind: 'active' }]);
    expect(accountStateTags({ ...account, lockedUntil: NOW - 1 }, NOW)).toEqual([{ kind: 'active' }]);
  });

  it('lists every state that holds, a lockout over a pause', () => {
    expect(accountStateTags({ ...account, disabled: true, mustChangePassword: true }, NOW)).toEqual([{ kind: 'disabled' }, { kind: 'mustChange' }]);
    expect(accountStateTags({ ...account, lockedUntil: NOW + 5000 }, NOW)).toEqual([{ kind: 'throttled', until: NOW + 5000 }]);
    expect(accountStateTags({ ...account, lockedOut: true, lockedUntil: NOW + 5000 }, NOW)).toEqual([{ kind: 'lockedOut' }]);
  });
});

describe('canLiftLockout', () => {
  it('offers lifting for a lockout or a running pause only', () => {
    expect(canLiftLockout(account, NOW)).toBe(false);
    expect(canLiftLockout({ ...account, lockedOut: true }, NOW)).toBe(true);
    expect(canLiftLockout({ ...account, lockedUntil: NOW + 1 }, NOW)).toBe(true);
    expect(canLiftLockout({ ...account, lockedUntil: NOW }, NOW)).toBe(false);
  });
});
