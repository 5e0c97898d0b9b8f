// Unlocked sessions, one per window or browser tab, keyed by an unguessable token. A session
// ends when it is locked, after `idleMs` without a call, or `maxAgeMs` after it was opened,
// whichever comes first; the clock is the caller's (injected in tests).
import { randomBytes } from 'node:crypto';
import type { UserView } from '../../../shared/views';

export interface Session {
  token: string;
  user: UserView;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  idleMs: number;
  maxAgeMs: number;
}

export class SessionStore {
  private readonly byToken = new Map<string, Session>();

  constructor(private limits: SessionLimits) {}

  get idleMs(): number {
    return this.limits.idleMs;
  }

  setLimits(limits: SessionLimits): void {
    this.limits = limits;
  }

  open(user: UserView, now: number): Session {
    const session: Session = { token: randomBytes(32).toString('base64url'), user, createdAt: now, lastSeenAt: now };
    this.byToken.set(session.token, session);
    return session;
  }

  private expired(s: Session, now: number): boolean {
    return now - s.lastSeenAt >= this.limits.idleMs || now - s.createdAt >= this.limits.maxAgeMs;
  }

  /** The live session for a token, or null; an expired one is dropped on the way. */
  get(token: string | null, now: number): Session | null {
    if (!token) return null;
    const s = this.byToken.get(token);
    if (!s) return null;
    if (this.expired(s, now)) {
      this.byToken.delete(token);
      return null;
    }
    return s;
  }

  /** Marks activity: a call the user made through this session. */
  touch(s: Session, now: number): void {
    s.lastSeenAt = now;
  }

  /** Drops every expired session; returns how many were dropped. */
  sweep(now: number): number {
    let dropped = 0;
    for (const [token, s] of this.byToken) {
      if (this.expired(s, now)) {
        this.byToken.delete(token);
        dropped++;
      }
    }
    return dropped;
  }

  close(token: string): boolean {
    return this.byToken.delete(token);
  }

  /** Ends every session of one user (disabled, role or scope changed, password reset). */
  closeUser(userId: number): number {
    let closed = 0;
    for (const [token, s] of this.byToken) {
      if (s.user.id === userId) {
        this.byToken.delete(token);
        closed++;
      }
    }
    return closed;
  }

  /** Replaces the user view of a user's live sessions (after a password change clears mustChangePassword). */
  updateUser(user: UserView): void {
    for (const s of this.byToken.values()) if (s.user.id === user.id) s.user = user;
  }

  get size(): number {
    return this.byToken.size;
  }

  clear(): void {
    this.byToken.clear();
  }
}
