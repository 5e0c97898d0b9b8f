// Unlocked sessions, one per window or browser tab, keyed by an unguessable token.
import { randomBytes } from 'node:crypto';
import type { UserView } from '../../../shared/views';

export interface Session {
  token: string;
  user: UserView;
  createdAt: number;
}

export class SessionStore {
  private readonly byToken = new Map<string, Session>();

  open(user: UserView, now: number): Session {
    const session: Session = { token: randomBytes(32).toString('base64url'), user, createdAt: now };
    this.byToken.set(session.token, session);
    return session;
  }

  get(token: string | null): Session | null {
    return token ? (this.byToken.get(token) ?? null) : null;
  }

  close(token: string): boolean {
    return this.byToken.delete(token);
  }

  get size(): number {
    return this.byToken.size;
  }

  clear(): void {
    this.byToken.clear();
  }
}
