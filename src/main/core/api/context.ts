// What a handler may use: the clock, the caller's session, the unlocked database, and the
// auth operations (which need the keyring, not the database).
import type { Db } from '../db/database';
import type { Session } from '../session/sessions';
import type { CallOrigin } from '../handle';
import type { EventName, EventPayload } from '../../../shared/events';
import type { SessionStatus, UnlockResult } from '../../../shared/views';

export interface AuthOps {
  status(token: string | null): SessionStatus;
  unlock(username: string, password: string): Promise<UnlockResult>;
  lock(token: string | null): { locked: true };
}

export interface CallContext {
  now: number;
  token: string | null;
  /** Where the call came from (throttling counts per source). */
  origin: CallOrigin;
  session: Session | null;
  /** The open database; throws `not_ready` while the street is locked or being prepared. */
  db(): Db;
  auth: AuthOps;
  /** Push an event to every open window (after the write has committed). */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}
