// What counts as covered by a Party organisation (and what is 党建真空), read from the
// coverage relation (party_org_coverage, migration 0011) by every figure and drawer: the
// wall, the briefing, the thematic map, the tenant overlay and the drawers.
// - A tenant is covered when an organisation covers it.
// - A building with tenants is covered when an organisation covers the building (楼宇党委,
//   支部建在楼上: the building it meets in is covered from its founding) or covers every
//   tenant in it.

/** SQL: 1 when the tenant row `alias` is covered, else 0. */
export const tenantCovered = (alias: string) => `EXISTS (SELECT 1 FROM party_org_coverage cov WHERE cov.target_kind = 'tenant' AND cov.target_id = ${alias}.id)`;

/** SQL: 1 when an organisation covers the building whose id is `idColumn`, else 0. */
export const buildingCovered = (idColumn: string) => `EXISTS (SELECT 1 FROM party_org_coverage cov WHERE cov.target_kind = 'building' AND cov.target_id = ${idColumn})`;

/** SQL: the lowest id of the organisations covering the tenant row `alias`, or NULL (the one a drawer names). */
export const tenantCoveringOrg = (alias: string) => `(SELECT min(cov.org_id) FROM party_org_coverage cov WHERE cov.target_kind = 'tenant' AND cov.target_id = ${alias}.id)`;

/** SQL: the ids of the organisations covering the grid bound as `param`. */
export const orgsCoveringGrid = (param: string) => `(SELECT cov.org_id FROM party_org_coverage cov WHERE cov.target_kind = 'grid' AND cov.target_id = ${param})`;
