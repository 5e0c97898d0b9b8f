// What the hover tooltip says about a map feature, from the feature's own properties.
import { THEMATIC_METRICS, type ThematicMetric } from '../../shared/vocab/thematic';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translate';
import { THEMATIC_METRIC, THEMATIC_VALUE } from '../map/thematic/choropleth';
import { formatMetricNumber } from './thematic/formatMetric';
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
/** The metric a thematic map joined onto a grid feature, if any. */
function thematicMetricOf(p: Record<string, unknown>): ThematicMetric | null {
  const m = p[THEMATIC_METRIC];
  return typeof m === 'string' && (THEMATIC_METRICS as readonly string[]).includes(m) ? (m as ThematicMetric) : null;
}

export function hitSummary(hit: MapHit, t: Translate, tOpen: (prefix: string, value: string, fallback?: string) => string, locale: Locale): HitSummary {
  const label = tOpen;
  const p = hit.properties;
  if (hit.type === 'partyItem') {
    const kind = str(p, 'kind') === 'resource' ? 'resource' : num(p, 'claimed') === 1 ? 'needClaimed' : 'needOpen';
    return { title: str(p, 'title'), lines: [t(`party.legend.${kind}`)] };
  }
  if (hit.type === 'cluster') {
    const uncovered = num(p, 'uncovered');
    return { title: t('overlay.tenants'), lines: [t('map.tooltip.cluster', { count: num(p, 'point_count'), uncovered })], tone: uncovered > 0 ? 'warn' : undefined };
  }
  switch (hit.layerId) {
    case LAYER.casesCircle: {
      // Closed cases drawn by the dispatch queue have no light.
      const light = str(p, 'light');
      const parts = [str(p, 'code'), label('caseStatus', str(p, 'status')), ...(light ? [label('caseLight', light)] : [])];
      return { title: label('caseCategory', str(p, 'categoryCode'), str(p, 'categoryName')), lines: [parts.join(' · ')] };
    }
    case LAYER.facilitiesBadge:
      return { title: str(p, 'name'), lines: [label('facilityKind', str(p, 'kind'))] };
    case LAYER.partyOrgsCircle: {
      const weak = str(p, 'rating') === 'weak';
      return { title: str(p, 'name'), lines: [label('partyOrgKind', str(p, 'kind')), ...(weak ? [t('partyOrgRating.weak')] : [])], tone: weak ? 'warn' : undefined };
    }
    case LAYER.tenantsPoint: {
      const covered = p.covered === true;
      const category = label('tenantCategory', str(p, 'category'));
      return { title: str(p, 'name'), lines: [covered ? category : t('map.tooltip.tenantUncovered', { category })], tone: covered ? undefined : 'warn' };
    }
    case LAYER.outsideBuildings:
      return { title: t('summary.households'), lines: [t('map.tooltip.outside', { households: num(p, 'households') })], tone: 'warn' };
    case LAYER.householdsCircle:
      return { title: t('summary.households'), lines: [t('map.tooltip.households', { households: num(p, 'households'), residents: num(p, 'residents') })] };
    case LAYER.buildingFill:
      return {
        title: str(p, 'name'),
        lines: [t('map.tooltip.building', { use: label('buildingUse', str(p, 'use')), floors: num(p, 'floors'), households: num(p, 'households') })],
      };
    case LAYER.communityLabel:
      return { title: str(p, 'name'), lines: [t('detail.kind.community')] };
    case LAYER.gridFill: {
      const metric = thematicMetricOf(p);
      const value = p[THEMATIC_VALUE];
      const thematic = metric
        ? [t('map.tooltip.thematic', { metric: t(`thematic.metric.${metric}`), value: typeof value === 'number' ? t(`thematic.value.${metric}`, { value: formatMetricNumber(value, metric, locale) }) : t('thematic.legend.noData') })]
        : [];
      return {
        title: `${str(p, 'name')} · ${str(p, 'code')}`,
        lines: [...thematic, t('map.tooltip.grid', { community: str(p, 'communityName'), households: num(p, 'households'), openCases: num(p, 'openCases') })],
      };
    }
    default:
      return { title: str(p, 'name'), lines: [] };
  }
}
