// What the hover tooltip says about a map feature, from the feature's own properties.
import type { Translate } from '../i18n/translate';
import { LAYER } from '../map/layerIds';
import type { MapHit } from '../map/mapHit';

export interface HitSummary {
  title: string;
  lines: string[];
  tone?: 'warn';
}

function str(p: Record<string, unknown>, key: string): string {
  const v = p[key];
  return typeof v === 'string' ? v : '';
}
function num(p: Record<string, unknown>, key: string): number {
  const v = p[key];
  return typeof v === 'number' ? v : 0;
}

/** `tOpen(prefix, value)`: the vocabulary label when the catalog knows the value, else the value. */
export function hitSummary(hit: MapHit, t: Translate, tOpen: (prefix: string, value: string) => string): HitSummary {
  const label = tOpen;
  const p = hit.properties;
  if (hit.type === 'cluster') {
    const uncovered = num(p, 'uncovered');
    return { title: t('overlay.tenants'), lines: [t('map.tooltip.cluster', { count: num(p, 'point_count'), uncovered })], tone: uncovered > 0 ? 'warn' : undefined };
  }
  switch (hit.layerId) {
    case LAYER.casesCircle: {
      // Closed cases drawn by the dispatch queue have no light.
      const light = str(p, 'light');
      const parts = [str(p, 'code'), label('caseStatus', str(p, 'status')), ...(light ? [label('caseLight', light)] : [])];
      return { title: str(p, 'categoryName'), lines: [parts.join(' · ')] };
    }
    case LAYER.facilitiesBadge:
      return { title: str(p, 'name'), lines: [label('facilityKind', str(p, 'kind'))] };
    case LAYER.partyOrgsCircle: {
      const weak = str(p, 'rating') === 'weak';
      return { title: str(p, 'name'), lines: [label('partyOrgKind', str(p, 'kind')), ...(weak ? [t('partyOrgRating.weak')] : [])], tone: weak ? 'warn' : undefined };
    }
    case LAYER.tenantsPoint: {
      const covered = p.covered === true;
      return { title: str(p, 'name'), lines: [covered ? str(p, 'category') : t('map.tooltip.tenantUncovered', { category: str(p, 'category') })], tone: covered ? undefined : 'warn' };
    }
    case LAYER.householdsCircle:
      return { title: t('summary.households'), lines: [t('map.tooltip.households', { households: num(p, 'households'), residents: num(p, 'residents') })] };
    case LAYER.buildingFill:
      return {
        title: str(p, 'name'),
        lines: [t('map.tooltip.building', { use: label('buildingUse', str(p, 'use')), floors: num(p, 'floors'), households: num(p, 'households') })],
      };
    case LAYER.communityLabel:
      return { title: str(p, 'name'), lines: [t('detail.kind.community')] };
    case LAYER.gridFill:
      return {
        title: `${str(p, 'name')} · ${str(p, 'code')}`,
        lines: [t('map.tooltip.grid', { community: str(p, 'communityName'), households: num(p, 'households'), openCases: num(p, 'openCases') })],
      };
    default:
      return { title: str(p, 'name'), lines: [] };
  }
}
