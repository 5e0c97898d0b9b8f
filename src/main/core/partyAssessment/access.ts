// Who may do what in the assessment of Party organisations: administrators and leaders rate,
// score and run rectification; administrators and community accounts (for their community's
// organisations) record 三会一课. Every role reads.
import type { Role } from '../../../shared/domain';
import type { UserView } from '../../../shared/views';
import { outOfScope } from '../access/communityScope';
import type { Db } from '../db/database';
import { refuse } from '../buildingDays/errors';

export const RATE_ROLES: readonly Role[] = ['admin', 'leader'];
export const MEETING_WRITE_ROLES: readonly Role[] = ['admin', 'community'];

export interface LiveOrg {
  id: number;
  name: string;
  kind: import('../../../shared/domain').PartyOrgKind;
  community_id: number | null;
  founded_on: string;
  rating: import('../../../shared/domain').PartyOrgRating;
  under_rectification: number;
}

/** A live organisation the caller may see (a community account: its community's, and street-level ones to read). */
export function requireOrg(db: Db, orgId: number, user: UserView, path = 'orgId', forWrite = false): LiveOrg {
  const o = db.prepare('SELECT id, name, kind, community_id, founded_on, rating, under_rectification FROM party_org WHERE id = ?').get(orgId) as LiveOrg | undefined;
  if (!o) throw refuse('not_found', path, `names no Party organisation (${orgId})`);
  if (user.communityId !== null && o.community_id !== user.communityId && (forWrite || o.community_id !== null)) throw outOfScope('partyOrg', orgId, user.communityId);
  return o;
}
