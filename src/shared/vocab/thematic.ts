// The thematic map's grid metrics, which count over a period and their decimals, zod-free so the renderer can import them without building the API's schemas.
/**
 * The grid metrics. Definitions (also in the legend's footnotes):
 * - households: households registered in the grid's buildings.
 * - residents: residents of those households.
 * - openCases: cases in an open status (OPEN_CASE_STATUSES), now.
 * - overdueCases: open cases whose due time has passed.
 * - casesPer1000: cases reported in the period (cancelled ones left out) per 1,000 residents.
 * - partyMembers: Party members who live in the grid (the member roll joined to its resident, household and building).
 * - partyCoverage: share of the grid's tenants that a Party organisation covers, in percent.
 * - unclaimedNeeds: needs of the 三张清单 placed in the grid and waiting for a claim (发布, in no project), now.
 */
export const THEMATIC_METRICS = ['households', 'residents', 'openCases', 'overdueCases', 'casesPer1000', 'partyMembers', 'partyCoverage', 'unclaimedNeeds'] as const;
export type ThematicMetric = (typeof THEMATIC_METRICS)[number];

/** Metrics counted over [from, to); the others are a snapshot at the time of the call. */
export const PERIOD_METRICS: readonly ThematicMetric[] = ['casesPer1000'];

/** Decimals a metric's values and class breaks carry: whole counts, or rates to one decimal. */
export const METRIC_DECIMALS: Record<ThematicMetric, 0 | 1> = {
  households: 0,
  residents: 0,
  openCases: 0,
  overdueCases: 0,
  casesPer1000: 1,
  partyMembers: 0,
  partyCoverage: 1,
  unclaimedNeeds: 0,
};
