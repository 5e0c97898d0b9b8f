// Party-building figures (党建引领) for the street or one community: organisations by
// level, members, 双报到, and the coverage of tenants and commercial buildings. They
// change only when Party organisations, members, tenants, buildings or grids do, which
// moves the 'party' change stamp (migration 0008) in the same transaction; so each
// connection keeps the figures it computed with the stamp they were computed at and
// reads them again only after a change (a scan of every tenant at district scale).
import type { WallParty } from '../../../shared/wall';
import type { Db } from '../db/database';
import { buildingCovered, tenantCovered } from '../registers/partyOrgsCoverage';
import { SCOPE_SQL, type Scope } from './sql';

const LEVELS = [1, 2, 3, 4] as const;

/** Organisations in scope: a community's own, or all (the street committee has no community). */
const ORG_SCOPE = '(@communityId IS NULL OR p.community_id = @communityId)';

/** The organisation figures (the panel's Party work comes from partyFigures: see wallPartyWork). */
export type WallPartyOrgs = Omit<WallParty, 'work' | 'assessment'>;

function computeParty(db: Db, scope: Scope): WallPartyOrgs {
  const byLevel = new Map(
    (db.prepare(`SELECT p.level, count(*) AS n FROM party_org p WHERE ${ORG_SCOPE} GROUP BY p.level`).all(scope) as { level: number; n: number }[]).map((r) => [r.level, r.n]),
  );
  const orgs = db
    .prepare(`SELECT count(*) AS orgs, coalesce(sum(p.rating = 'weak' OR p.under_rectification = 1), 0) AS weak FROM party_org p WHERE ${ORG_SCOPE}`)
    .get(scope) as { orgs: number; weak: number };
  const members = db
    .prepare(
      `SELECT count(*) AS members,
              coalesce(sum(m.dual_report = 'registered'), 0) AS registered,
              coalesce(sum(m.dual_report <> 'not_required'), 0) AS required
         FROM party_member m JOIN party_org p ON p.id = m.org_id WHERE ${ORG_SCOPE}`,
    )
    .get(scope) as { members: number; registered: number; required: number };
  const tenants = db
    .prepare(
      `SELECT count(*) AS tenants, coalesce(sum(${tenantCovered('t')}), 0) AS covered
         FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE ${SCOPE_SQL}`,
    )
    .get(scope) as { tenants: number; covered: number };
  // A building with tenants is covered when a Party organisation covers it (楼宇党委,
  // 支部建在楼上) or every tenant in it is covered by one: anything less is a 党建真空.
  // Coverage is the relation party_org_coverage (registers/partyOrgsCoverage.ts).
  const buildings = db
    .prepare(
      `SELECT count(*) AS buildings, coalesce(sum(hosted OR uncovered = 0), 0) AS covered
         FROM (SELECT b.id, ${buildingCovered('b.id')} AS hosted,
                      sum(NOT ${tenantCovered('t')}) AS uncovered
                 FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id
                WHERE ${SCOPE_SQL}
                GROUP BY b.id)`,
    )
    .get(scope) as { buildings: number; covered: number };
  return {
    orgsByLevel: LEVELS.map((level) => ({ level, count: byLevel.get(level) ?? 0 })),
    orgs: orgs.orgs,
    weakOrgs: orgs.weak,
    members: members.members,
    dualRegistered: members.registered,
    dualRequired: members.required,
    tenants: tenants.tenants,
    tenantsCovered: tenants.covered,
    buildings: buildings.buildings,
    buildingsCovered: buildings.covered,
  };
}

/** Per connection: scope → the figures and the stamp they were computed at. */
const kept = new WeakMap<Db, Map<number | null, { stamp: bigint; party: WallPartyOrgs }>>();

/** The figures, from this connection's copy while the stamp has not moved. Read it in the same transaction as the figures it is shown with. */
export function wallParty(db: Db, scope: Scope): WallPartyOrgs {
  const stamp = db.prepare(`SELECT stamp FROM change_stamp WHERE topic = 'party'`).pluck().safeIntegers().get() as bigint;
  let byScope = kept.get(db);
  if (!byScope) kept.set(db, (byScope = new Map()));
  const hit = byScope.get(scope.communityId);
  if (hit && hit.stamp === stamp) return structuredClone(hit.party);
  const party = computeParty(db, scope);
  byScope.set(scope.communityId, { stamp, party });
  return party;
}
