// What each thematic metric is, from a grid's raw counts. The definitions are the ones
// the legend's footnotes state (src/shared/thematic.ts lists them too).
import { METRIC_DECIMALS, type ThematicMetric } from '../../../shared/thematic';
import type { GridCounts } from './gridCounts';

function round(value: number, decimals: 0 | 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Party members are counted where they live (居住地): the member roll (party_member) joined
 * to the member's resident record, household and building. Members on the roll with no
 * resident record in the street (most members of resident units and 两新 organisations,
 * who live elsewhere) belong to no grid and are left out; counting them at their
 * organisation's seat would pile them onto the few grids that hold an office tower.
 * Rates have no value where the denominator is zero (a grid with no residents, or no
 * tenants), rather than a misleading 0.
 */
const DEFINITIONS: Record<ThematicMetric, (c: GridCounts) => number | null> = {
  households: (c) => c.households,
  residents: (c) => c.residents,
  openCases: (c) => c.openCases,
  overdueCases: (c) => c.overdueCases,
  casesPer1000: (c) => (c.residents > 0 ? (c.casesInPeriod * 1000) / c.residents : null),
  partyMembers: (c) => c.partyMembers,
  partyCoverage: (c) => (c.tenants > 0 ? (c.coveredTenants * 100) / c.tenants : null),
  unclaimedNeeds: (c) => c.unclaimedNeeds,
};

export function metricValue(metric: ThematicMetric, counts: GridCounts): number | null {
  const value = DEFINITIONS[metric](counts);
  return value === null ? null : round(value, METRIC_DECIMALS[metric]);
}
