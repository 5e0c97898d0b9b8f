// What the legend shows for each overlay, from the same palette the layers use.
import { BUILDING_USES, FACILITY_KINDS, PARTY_ORG_KINDS, type OverlayKind } from '../../shared/domain';
import type { PlainMessageKey } from '../i18n/messages';
import {
  BUILDING_USE_COLORS,
  CASE_LIGHT_COLORS,
  CASE_SUPERVISED_RING,
  FACILITY_STYLE,
  HOUSEHOLD_COLORS,
  PARTY_ORG_KIND_COLORS,
  PARTY_ORG_WEAK_FILL,
  TENANT_COLORS,
} from '../map/palette';
import type { SwatchShape } from './Swatch';

export interface LegendItem {
  label: PlainMessageKey;
  shape: SwatchShape;
  color: string;
  accent?: string;
  glyph?: string;
}

export function legendItems(kind: OverlayKind): LegendItem[] {
  switch (kind) {
    case 'buildings':
      return BUILDING_USES.map((use) => ({ label: `buildingUse.${use}`, shape: 'square', color: BUILDING_USE_COLORS[use] }));
    case 'households':
      return [{ label: 'legend.householdsHeat', shape: 'circle', color: HOUSEHOLD_COLORS.circle }];
    case 'partyOrgs':
      return [
        ...PARTY_ORG_KINDS.map((k): LegendItem => ({ label: `partyOrgKind.${k}`, shape: 'ring', color: PARTY_ORG_KIND_COLORS[k] })),
        { label: 'legend.partyOrgWeak', shape: 'circle', color: PARTY_ORG_WEAK_FILL, accent: PARTY_ORG_KIND_COLORS.grid_branch },
      ];
    case 'tenants':
      return [
        { label: 'legend.tenantCovered', shape: 'circle', color: TENANT_COLORS.covered },
        { label: 'legend.tenantUncovered', shape: 'circle', color: TENANT_COLORS.uncovered },
        // Clusters as the map draws them: a white badge with its count, ringed by the uncovered share.
        { label: 'legend.tenantCluster', shape: 'badge', color: TENANT_COLORS.cluster, accent: TENANT_COLORS.clusterText, glyph: '9' },
        { label: 'legend.tenantClusterUncovered', shape: 'badge', color: TENANT_COLORS.uncovered, accent: TENANT_COLORS.clusterText, glyph: '9' },
      ];
    case 'cases':
      return [
        { label: 'caseLight.green', shape: 'circle', color: CASE_LIGHT_COLORS.green },
        { label: 'caseLight.yellow', shape: 'circle', color: CASE_LIGHT_COLORS.yellow },
        { label: 'caseLight.red', shape: 'circle', color: CASE_LIGHT_COLORS.red },
        { label: 'legend.caseSupervised', shape: 'ring', color: CASE_SUPERVISED_RING },
      ];
    case 'facilities':
      return FACILITY_KINDS.map((k) => ({ label: `facilityKind.${k}`, shape: 'badge', color: FACILITY_STYLE[k].color, glyph: FACILITY_STYLE[k].glyph }));
  }
}
