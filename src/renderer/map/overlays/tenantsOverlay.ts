// Tenants: clustered when zoomed out, one point each when zoomed in. Tenants that no
// Party organisation covers (党建真空) are drawn in a warning colour; a cluster is a white
// badge with its count, ringed from green to orange with the share of uncovered tenants
// in it (nearly every large cluster holds at least one), so it never reads as a single
// tenant's solid dot. The count is a label: drawn above every overlay's body, case
// markers included, with a halo that keeps it legible over them.
import type { FeatureCollection } from 'geojson';
import { LAYER, SRC } from '../layerIds';
import { LABEL_FONT_BOLD } from '../mapFonts';
import { whenHovered } from '../expressions';
import { TENANT_COLORS, UNCOVERED_SHARE_WARN } from '../palette';
import { ZOOM } from '../zoom';
import type { OverlayLayers } from './overlayLayers';

export function tenantsOverlay(data: FeatureCollection): OverlayLayers {
  return {
    sources: {
      [SRC.tenants]: {
        type: 'geojson',
        data,
        promoteId: 'id',
        cluster: true,
        clusterMaxZoom: ZOOM.tenantClusterMax,
        clusterRadius: 42,
        clusterProperties: { uncovered: ['+', ['case', ['get', 'covered'], 0, 1]] },
      },
    },
    body: [
      {
        id: LAYER.tenantsCluster,
        type: 'circle',
        source: SRC.tenants,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': TENANT_COLORS.clusterFill,
          'circle-opacity': 0.95,
          'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 11, 20, 16, 100, 24, 500, 32],
          'circle-stroke-color': [
            'interpolate',
            ['linear'],
            ['/', ['get', 'uncovered'], ['max', ['get', 'point_count'], 1]],
            0,
            TENANT_COLORS.cluster,
            UNCOVERED_SHARE_WARN / 2,
            TENANT_COLORS.clusterMixed,
            UNCOVERED_SHARE_WARN,
            TENANT_COLORS.uncovered,
          ],
          'circle-stroke-width': whenHovered(5, 3.5),
        },
      },
      {
        id: LAYER.tenantsPoint,
        type: 'circle',
        source: SRC.tenants,
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-color': ['case', ['get', 'covered'], TENANT_COLORS.covered, TENANT_COLORS.uncovered],
          'circle-radius': whenHovered(7.5, 5.5),
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    ],
    labels: [
      {
        id: LAYER.tenantsClusterCount,
        type: 'symbol',
        source: SRC.tenants,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': LABEL_FONT_BOLD,
          'text-size': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': TENANT_COLORS.clusterText, 'text-halo-color': TENANT_COLORS.clusterFill, 'text-halo-width': 1.5 },
      },
    ],
  };
}
