// Every colour the map uses, in one place, so the legend and the layers agree.
import type { BuildingUse, CaseLight, FacilityKind, PartyOrgKind } from '../../shared/domain';
import type { ThematicMetric } from '../../shared/thematic';

/** Ten soft, distinguishable community colours; a grid takes its community's colorIndex. */
export const COMMUNITY_PALETTE = [
  '#7fb3e6', // blue
  '#f2a97e', // apricot
  '#8fd19e', // green
  '#c9a0dc', // lilac
  '#f5d36c', // sand
  '#79cfc7', // teal
  '#f29bb5', // pink
  '#b5c97a', // olive
  '#a7b4e8', // periwinkle
  '#e7b98c', // tan
] as const;

export const BASE_COLORS = {
  background: '#e6eaef',
  streetArea: '#f7f6f2',
  water: '#a9cfee',
  waterLabel: '#2f6ea3',
  green: '#cde8c4',
  roadMain: '#ffffff',
  roadMainCasing: '#c5ccd6',
  roadSecondary: '#ffffff',
  roadBranch: '#fbfbfb',
  roadCasing: '#d3d8df',
  roadLabel: '#4a5565',
  buildingBase: '#d7dadf',
  buildingBaseOutline: '#c2c6cc',
  gridOutline: '#7d8a9c',
  communityOutline: '#3d4b60',
  streetBoundary: '#c92a2a',
  labelText: '#1f2937',
  labelHalo: '#ffffff',
  highlight: '#1c7ed6',
} as const;

export const BUILDING_USE_COLORS: Record<BuildingUse, string> = {
  residential: '#e8c48e',
  commercial: '#e8828a',
  mixed: '#d9a0c8',
  office: '#8fb1de',
  public: '#8ccfb0',
  industrial: '#a9a29b',
};

export const CASE_LIGHT_COLORS: Record<CaseLight, string> = {
  green: '#2f9e44',
  yellow: '#f59f00',
  red: '#e03131',
};
export const CASE_SUPERVISED_RING = '#6741d9';

/** Territorial levels in shades of Party red; the other kinds in their own hues. */
export const PARTY_ORG_KIND_COLORS: Record<PartyOrgKind, string> = {
  street_committee: '#a51d1d',
  community_committee: '#c92a2a',
  grid_branch: '#e03131',
  estate_branch: '#f03e3e',
  building_group: '#ff8787',
  resident_unit: '#ae3ec9',
  two_new: '#0c8599',
  commercial_building: '#1c7ed6',
  market: '#e8590c',
  joint_branch: '#d6336c',
  temporary_group: '#868e96',
};
export const PARTY_ORG_WEAK_FILL = '#ffd43b';

export const TENANT_COLORS = {
  covered: '#0ca678',
  uncovered: '#f76707',
  /** A cluster's ring, by its share of uncovered tenants; its fill and count stay white and dark. */
  cluster: '#20a58a',
  clusterMixed: '#d9a21b',
  clusterFill: '#ffffff',
  clusterText: '#212529',
} as const;
/** Share of uncovered tenants at which a cluster is drawn fully in the warning colour (the legend says 40%). */
export const UNCOVERED_SHARE_WARN = 0.4;

export const HOUSEHOLD_COLORS = {
  circle: '#4263eb',
  heatRamp: ['rgba(66,99,235,0)', 'rgba(76,110,245,0.55)', 'rgba(250,176,5,0.8)', 'rgba(253,126,20,0.9)', 'rgba(201,42,42,0.95)'],
} as const;

export const FACILITY_STYLE: Record<FacilityKind, { color: string; glyph: string }> = {
  party_service_center: { color: '#c92a2a', glyph: '★' },
  convenience_station: { color: '#1971c2', glyph: '◆' },
  volunteer_point: { color: '#e8590c', glyph: '♥' },
};

/**
 * Choropleth ramps, light to dark, five classes each (ColorBrewer sequential schemes).
 * Party coverage runs light to dark green so the gaps (党建真空) are the pale grids.
 */
export const THEMATIC_RAMPS: Record<ThematicMetric, readonly [string, string, string, string, string]> = {
  households: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  residents: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
  openCases: ['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603'],
  overdueCases: ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  casesPer1000: ['#ffffd4', '#fed98e', '#fe9929', '#d95f0e', '#993404'],
  partyMembers: ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'],
  partyCoverage: ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'],
  unclaimedNeeds: ['#fde0dd', '#fcc5c0', '#fa9fb5', '#f768a1', '#c51b8a'],
};
/** Grids without a value (no residents for a per-resident rate, no tenants for coverage). */
export const THEMATIC_NO_DATA = '#d0d4da';

/** The case heat map: transparent where there is nothing, through yellow to deep red. */
export const CASE_HEAT_RAMP = ['rgba(255,255,178,0)', 'rgba(254,217,118,0.75)', 'rgba(253,141,60,0.85)', 'rgba(240,59,32,0.9)', 'rgba(177,0,38,0.95)'] as const;

/** The ground inside some 15-minute circle, tinted once. */
export const COVERAGE_SERVED_FILL = '#12b886';
/** Homes outside every 15-minute circle: a violet none of the facility kinds or the base uses. */
export const COVERAGE_OUTSIDE_COLOR = '#7048e8';
