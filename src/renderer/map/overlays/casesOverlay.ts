// Open cases: circles coloured by their traffic light against the due time; cases under
// leader supervision (督办) carry an extra purple ring.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { LAYER, SRC } from '../layerIds';
import { perFeature, perFeatureByZoom, zoomedHover } from '../expressions';
import { CASE_LIGHT_COLORS, CASE_SUPERVISED_RING } from '../palette';
import type { OverlayLayers } from './overlayLayers';

const lightColor: ExpressionSpecification = ['match', ['get', 'light'], 'green', CASE_LIGHT_COLORS.green, 'yellow', CASE_LIGHT_COLORS.yellow, 'red', CASE_LIGHT_COLORS.red, '#868e96'];
/** Red above yellow above green, so the overdue ones are never hidden under the others. */
const lightRank: ExpressionSpecification = ['match', ['get', 'light'], 'red', 3, 'yellow', 2, 1];

/** How far case markers fade while a grid thematic map is shown (still there to hover and click). */
export const MUTED_CASE_OPACITY = 0.3;

export function casesOverlay(data: FeatureCollection, muted = false): OverlayLayers {
  const opacity = muted ? MUTED_CASE_OPACITY : 1;
  return {
    sources: { [SRC.cases]: { type: 'geojson', data, promoteId: 'id' } },
    body: [
      {
        id: LAYER.casesSupervisedRing,
        type: 'circle',
        source: SRC.cases,
        filter: ['==', ['get', 'supervised'], true],
        paint: {
          // Per feature, like the case circles' colour and radius: one shader variant for both layers.
          'circle-color': perFeature('rgba(0,0,0,0)'),
          'circle-radius': perFeatureByZoom([13, 8.5], [17, 11.5]),
          'circle-stroke-color': CASE_SUPERVISED_RING,
          'circle-stroke-width': 2.5,
          'circle-stroke-opacity': opacity,
        },
      },
      {
        id: LAYER.casesCircle,
        type: 'circle',
        source: SRC.cases,
        layout: { 'circle-sort-key': lightRank },
        paint: {
          'circle-color': lightColor,
          'circle-radius': zoomedHover([13, 4.5], [17, 7.5], 2),
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-opacity': opacity,
          'circle-stroke-opacity': opacity,
        },
      },
    ],
    labels: [],
  };
}
