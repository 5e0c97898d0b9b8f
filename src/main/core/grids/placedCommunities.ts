// Where a grid's household count means something. The 户数 advisory compares a grid's
// households with GRID_HOUSEHOLDS; before a community's residents are placed (a new street,
// or a community whose register is not imported yet) every grid there counts 0 and the
// advisory would flag them all. A count is known once the grid's community holds households.
import type { Db } from '../db/database';

/** Communities with at least one household in one of their grids' buildings. */
export function communitiesWithHouseholds(db: Db, householdsByGrid: ReadonlyMap<number, number>): Set<number> {
  const communityOf = new Map(db.prepare('SELECT id, community_id FROM grid').raw().all() as [number, number][]);
  const placed = new Set<number>();
  for (const [gridId, n] of householdsByGrid) {
    const community = communityOf.get(gridId);
    if (n > 0 && community !== undefined) placed.add(community);
  }
  return placed;
}

/** A grid's household count for the rules: undefined (not checked) while its community has none placed. */
export function knownHouseholds(placed: ReadonlySet<number>, communityId: number, households: number | undefined): number | undefined {
  return placed.has(communityId) ? (households ?? 0) : undefined;
}
