// Community scope: an account with a communityId sees and changes only that community's
// records. Every detail, search, overlay and case write asks here, so the rule lives once.
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';

/** The records a scope check can be asked about, each resolved to its community through its grid. */
export type ScopedEntity = 'building' | 'grid' | 'community' | 'tenant' | 'case' | 'facility' | 'partyOrg' | 'resident' | 'household' | 'partyMember';

const COMMUNITY_OF: Record<ScopedEntity, string> = {
  building: 'SELECT g.community_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?',
  grid: 'SELECT community_id FROM grid WHERE id = ?',
  community: 'SELECT id FROM community WHERE id = ?',
  tenant: 'SELECT g.community_id FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE t.id = ?',
  case: 'SELECT g.community_id FROM case_file c JOIN grid g ON g.id = c.grid_id WHERE c.id = ?',
  facility: 'SELECT g.community_id FROM facility f JOIN grid g ON g.id = f.grid_id WHERE f.id = ?',
  // Street-level organisations have no community: readable by all (they hold no residents).
  partyOrg: 'SELECT community_id FROM party_org WHERE id = ?',
  resident: 'SELECT g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id = ?',
  household: 'SELECT g.community_id FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE h.id = ?',
  partyMember: 'SELECT o.community_id FROM party_member m JOIN party_org o ON o.id = m.org_id WHERE m.id = ?',
};

/** The community an account is limited to, or null for the whole street. */
export function scopeOf(user: Pick<UserView, 'communityId'>): number | null {
  return user.communityId;
}

/** The record's community: a number, null when the record has none (street level), undefined when it does not exist. */
export function communityOf(db: Db, entity: ScopedEntity, id: number): number | null | undefined {
  const row = db.prepare(COMMUNITY_OF[entity]).raw().get(id) as [number | null] | undefined;
  return row ? row[0] : undefined;
}

/** Refuses a record of another community; a missing record passes so the service answers not_found. */
export function requireInScope(db: Db, user: Pick<UserView, 'communityId'>, entity: ScopedEntity, id: number): void {
  const scope = scopeOf(user);
  if (scope === null) return;
  const community = communityOf(db, entity, id);
  if (community === undefined || community === null) return;
  if (community !== scope) throw outOfScope(entity, id, scope);
}

/** A community id the caller named (a queue filter, a grid) must be its own. */
export function requireCommunity(user: Pick<UserView, 'communityId'>, community: number, what: string): void {
  const scope = scopeOf(user);
  if (scope === null || community === scope) return;
  const message = `this account is limited to community ${scope} and may not use ${what} of community ${community}`;
  throw new ApiError('unauthorized', message, [{ path: '(scope)', message, reason: 'out_of_scope' }]);
}

export function outOfScope(entity: ScopedEntity, id: number, scope: number): ApiError {
  const message = `${entity} ${id} lies outside community ${scope}, the only community this account may see or change`;
  // The reason word lets the UI say it in the user's language.
  return new ApiError('unauthorized', message, [{ path: '(scope)', message, reason: 'out_of_scope' }]);
}

/** SQL fragment limiting grid ids to the scope (bind @scope), or '1' for the whole street. */
export function gridInScopeSql(gridColumn: string, scope: number | null): string {
  return scope === null ? '1' : `${gridColumn} IN (SELECT id FROM grid WHERE community_id = @scope)`;
}
