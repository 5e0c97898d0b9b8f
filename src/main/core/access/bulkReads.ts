// Bulk-read limit: per user, how many distinct persons' personal data the core hands out
// in a sliding window (building.detail, search.query, case.detail and person.reveal share
// it). Beyond it the call is refused and the refusal is audited; every admitted read that
// carries persons is audited as one compact row with the count, never the persons.
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/database';
import type { Session } from '../session/sessions';
import { auditPersonalRead } from './readAudit';

export interface BulkReadLimit {
  persons: number;
  windowMs: number;
}

/**
 * 500: the largest demo tower holds about 250 residents, so a community worker can open two
 * of them in a visit round, while the 40,000 names one session pulled in 1.4 s cannot be.
 */
export const BULK_READ_LIMIT: BulkReadLimit = { persons: 500, windowMs: 10 * 60_000 };

/** Per open database (a core's unlocked street), per user: person key ('resident:12') → when it was
 *  last handed out. Per user, not per session: signing in again must not start a new budget. */
const seenByStreet = new WeakMap<Db, Map<number, Map<string, number>>>();

export interface PersonalRead {
  method: string;
  entity: string;
  entityId: number | null;
  /** Keys of the persons this response carries, e.g. 'resident:12', 'reporter:7'. */
  persons: readonly string[];
}

export function admitPersonalRead(db: Db, session: Session, now: number, read: PersonalRead, limit: BulkReadLimit = BULK_READ_LIMIT): void {
  if (read.persons.length === 0) return;
  let byUser = seenByStreet.get(db);
  if (!byUser) seenByStreet.set(db, (byUser = new Map()));
  let seen = byUser.get(session.user.id);
  if (!seen) byUser.set(session.user.id, (seen = new Map()));
  const horizon = now - limit.windowMs;
  for (const [key, at] of seen) if (at <= horizon) seen.delete(key);
  let fresh = 0;
  const unique = new Set(read.persons);
  for (const key of unique) if (!seen.has(key)) fresh += 1;
  if (seen.size + fresh > limit.persons) {
    auditPersonalRead(db, now, session.user.id, { ...read, persons: unique.size, refused: true });
    throw new ApiError(
      'throttled',
      `bulk-read limit: this account may receive personal data of at most ${limit.persons} distinct persons in ${Math.round(limit.windowMs / 60_000)} minutes (${seen.size} so far, this call would add ${fresh}); try again later`,
      [{ path: '(session)', message: 'bulk-read limit reached', reason: 'bulk_read_limit' }],
    );
  }
  for (const key of unique) seen.set(key, now);
  auditPersonalRead(db, now, session.user.id, { ...read, persons: unique.size, refused: false });
}
