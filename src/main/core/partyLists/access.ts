// Who may do what with the 三张清单, decided here for every call.
// - Read (lists, drawers, matching, the map): every role but handler (departments work cases).
//   A community account reads its community's needs and projects, and every resource: units
//   offer them to the whole street.
// - Write (publish, claim, the steps, pairing, contacts): admin and dispatcher for the whole
//   street (the desk acts for communities and units), community staff within their community:
//   items placed in it, claims for it or for a unit based in it. Operators watch the wall and
//   leaders read figures: they may not write.
import type { Role } from '../../../shared/domain';
import type { PartyListKind } from '../../../shared/partyLists';
import type { CallContext } from '../api/context';
import { requireRole } from '../api/roles';
import { requireCommunity } from '../access/communityScope';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';

export const PARTY_LIST_READ_ROLES: readonly Role[] = ['admin', 'dispatcher', 'operator', 'leader', 'community'];
export const PARTY_LIST_WRITE_ROLES: readonly Role[] = ['admin', 'dispatcher', 'community'];

export type Actor = Pick<UserView, 'id' | 'role' | 'communityId' | 'displayName'>;

export function readActor(ctx: CallContext): Actor {
  return requireRole(ctx, PARTY_LIST_READ_ROLES, 'read the Party work lists');
}

export function writeActor(ctx: CallContext): Actor {
  return requireRole(ctx, PARTY_LIST_WRITE_ROLES, 'change the Party work lists');
}

/** A community account acts only on items placed in its community. */
export function requireItemInScope(actor: Actor, item: { community_id: number; kind: PartyListKind; id: number }): void {
  requireCommunity(actor, item.community_id, `${item.kind} ${item.id}`);
}

/** A community account reads needs and projects of its own community; resources are street-wide. */
export function mayRead(actor: Actor, item: { community_id: number; kind: PartyListKind }): boolean {
  return actor.communityId === null || item.kind === 'resource' || item.community_id === actor.communityId;
}

/** A community account acts for its own community, its grids and the units based in it. */
export function requireSideInScope(actor: Actor, side: { kind: string; id: number; communityId: number | null }): void {
  if (actor.communityId === null) return;
  if (side.communityId === null) {
    const message = `the street-level ${side.kind} ${side.id} is the street's to act for; this account may act for community ${actor.communityId} only`;
    throw new ApiError('unauthorized', message, [{ path: '(scope)', message, reason: 'out_of_scope' }]);
  }
  requireCommunity(actor, side.communityId, `the ${side.kind} ${side.id}`);
}
