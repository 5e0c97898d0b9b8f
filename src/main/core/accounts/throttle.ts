// Unlock throttling. Every attempt counts against the username and against the source it
// came from (the peer address, or 'ipc'); from the fourth attempt in a row each one must
// wait twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes), and after ten failures
// a username is locked out until an administrator lifts it. A source waits at most a minute:
// every user of one workstation shares its source ('ipc', or 127.0.0.1 for the browser shell),
// so one person's typos must not lock out the office. An attempt is counted when it starts, so
// parallel guesses cannot slip through one window. Success clears both counters; an
// administrator lifting a lockout clears the sources' delays too.
// Kept in memory: a restart of the application clears delays and lockouts (an attacker who
// can restart it already holds the machine).
export const FREE_ATTEMPTS = 3;
export const LOCKOUT_FAILURES = 10;
export const MAX_DELAY_MS = 15 * 60_000;
export const MAX_SOURCE_DELAY_MS = 60_000;

interface Counter {
  failures: number;
  retryAt: number;
}

import { ApiError } from '../../../shared/errors';

export type ThrottleVerdict = { ok: true } | { ok: false; retryAt: number } | { ok: false; lockedOut: true };

function delayAfter(failures: number, max: number): number {
  return failures < FREE_ATTEMPTS ? 0 : Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS), max);
}

export class UnlockThrottle {
  private readonly users = new Map<string, Counter>();
  private readonly sources = new Map<string, Counter>();

  /** Checks and, when allowed, counts the attempt (as a failure until `succeeded`). */
  begin(username: string, source: string, now: number): ThrottleVerdict {
    const user = this.users.get(username) ?? { failures: 0, retryAt: 0 };
    const src = this.sources.get(source) ?? { failures: 0, retryAt: 0 };
    if (user.failures >= LOCKOUT_FAILURES) return { ok: false, lockedOut: true };
    const retryAt = Math.max(user.retryAt, src.retryAt);
    if (retryAt > now) return { ok: false, retryAt };
    for (const [map, key, c, max] of [
      [this.users, username, user, MAX_DELAY_MS],
      [this.sources, source, src, MAX_SOURCE_DELAY_MS],
    ] as const) {
      c.failures++;
      c.retryAt = now + delayAfter(c.failures, max);
      map.set(key, c);
    }
    return { ok: true };
  }

  succeeded(username: string, source: string): void {
    this.users.delete(username);
    this.sources.delete(source);
  }

  /** An administrator lifts a user's delay and lockout, and the delays of the sources (the
   *  workstation the user waits at is among them). */
  lift(username: string): void {
    this.users.delete(username);
    this.sources.clear();
  }

  state(username: string, now: number): { lockedOut: boolean; lockedUntil: number | null } {
    const c = this.users.get(username);
    if (!c) return { lockedOut: false, lockedUntil: null };
    return { lockedOut: c.failures >= LOCKOUT_FAILURES, lockedUntil: c.retryAt > now ? c.retryAt : null };
  }
}

/** The refusal for a throttled attempt, the same for sign-in and for a password check:
 *  details say until when (retryAt) or that an administrator must lift a lockout. */
export function throttledError(username: string, verdict: Exclude<ThrottleVerdict, { ok: true }>): ApiError {
  if ('lockedOut' in verdict) {
    return new ApiError('throttled', `too many failed sign-ins for ${username}: an administrator must lift the lockout`, [{ path: 'lockedOut', message: 'true' }]);
  }
  return new ApiError('throttled', `too many failed sign-ins: try again after ${new Date(verdict.retryAt).toISOString()}`, [{ path: 'retryAt', message: String(verdict.retryAt) }]);
}
