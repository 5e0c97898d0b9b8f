// The states an account is in, as the user table shows them: several can hold at once
// (disabled and must change password); "active" only when none does.
import type { AccountView } from '../../shared/accounts';

export type AccountStateTag = { kind: 'active' } | { kind: 'disabled' } | { kind: 'lockedOut' } | { kind: 'throttled'; until: number } | { kind: 'mustChange' };

export function accountStateTags(account: AccountView, now: number): AccountStateTag[] {
  const tags: AccountStateTag[] = [];
  if (account.disabled) tags.push({ kind: 'disabled' });
  if (account.lockedOut) tags.push({ kind: 'lockedOut' });
  else if (account.lockedUntil !== null && account.lockedUntil > now) tags.push({ kind: 'throttled', until: account.lockedUntil });
  if (account.mustChangePassword) tags.push({ kind: 'mustChange' });
  return tags.length > 0 ? tags : [{ kind: 'active' }];
}

/** Whether "lift lockout" applies: a lockout, or a pause that has not run out. */
export function canLiftLockout(account: AccountView, now: number): boolean {
  return account.lockedOut || (account.lockedUntil !== null && account.lockedUntil > now);
}
