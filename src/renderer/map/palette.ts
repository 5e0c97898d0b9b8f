// Every colour the map uses, in one place, so the legend and the layers agree.
import type { BuildingUse, CaseLight, FacilityKind, PartyOrgKind } from '../../shared/domain';

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
  cluster: '#20a58a',
  clusterMixed: '#d9a21b',
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
