// Who may do what with meetings and decisions, decided here for every call.
// - Read: every role but handler (departments work cases, not meetings). A community account
//   reads the street's bodies and its own community's.
// - Write: admin, dispatcher and leader for the whole street (a leader chairs the 研判会 and
//   records decisions in the briefing deck); community staff for their own community's bodies.
//   A 督办 item is set through the case state machine, which lets only leaders and admins do it.
import type { Role } from '../../../shared/domain';
import type { UserView } from '../../../shared/views';
import type { CallContext } from '../api/context';
import { requireRole } from '../api/roles';
import { requireCommunity } from '../access/communityScope';
import { ApiError } from '../../../shared/errors';

export const MEETING_READ_ROLES: readonly Role[] = ['admin', 'dispatcher', 'operator', 'leader', 'community'];
export const MEETING_WRITE_ROLES: readonly Role[] = ['admin', 'dispatcher', 'leader', 'community'];

export type Actor = UserView;

export const readActor = (ctx: CallContext): Actor => requireRole(ctx, MEETING_READ_ROLES, 'read meetings and decisions');
export const writeActor = (ctx: CallContext): Actor => requireRole(ctx, MEETING_WRITE_ROLES, 'record meetings and decisions');

/** A community account reads street-level bodies and its own community's. */
export function mayReadBody(actor: Pick<Actor, 'communityId'>, bodyCommunity: number | null): boolean {
  return actor.communityId === null || bodyCommunity === null || bodyCommunity === actor.communityId;
}

/** A community account writes only its own community's bodies; street-level ones are the street's. */
export function requireBodyWritable(actor: Pick<Actor, 'communityId'>, bodyCommunity: number | null, what: string): void {
  if (actor.communityId === null) return;
  if (bodyCommunity === null) {
    const message = `${what} belongs to a street-level body; this account may record meetings of community ${actor.communityId} only`;
    throw new ApiError('unauthorized', message, [{ path: '(scope)', message, reason: 'out_of_scope' }]);
  }
  requireCommunity(actor, bodyCommunity, what);
}
