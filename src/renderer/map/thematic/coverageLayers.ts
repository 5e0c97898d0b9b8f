// The 15-minute service circles: the ground they cover together tinted once (the core's
// union, so overlaps do not stack), each circle outlined in its facility kind's colour,
// and the homes left outside (violet dots sized by households, the count written on them
// when zoomed in).
import type { FeatureCollection } from 'geojson';
import { FACILITY_KINDS } from '../../../shared/domain';
import { matchProperty, whenHovered } from '../expressions';
import { LAYER, SRC } from '../layerIds';
import { LABEL_FONT } from '../mapFonts';
import type { OverlayLayers } from '../overlays/overlayLayers';
import { COVERAGE_OUTSIDE_COLOR, COVERAGE_SERVED_FILL, FACILITY_STYLE } from '../palette';

export interface CoverageData {
  circles: FeatureCollection;
  covered: FeatureCollection;
  outside: FeatureCollection;
}

const kindColor = matchProperty('kind', FACILITY_KINDS, (k) => FACILITY_STYLE[k].color, '#495057');
const OUTSIDE_COUNTS_FROM = 16;

export function coverageLayers(data: CoverageData): OverlayLayers {
  return {
    sources: {
      [SRC.serviceCircles]: { type: 'geojson', data: data.circles },
      [SRC.coveredArea]: { type: 'geojson', data: data.covered },
      [SRC.outsideBuildings]: { type: 'geojson', data: data.outside, promoteId: 'buildingId' },
    },
    body: [
      { id: LAYER.serviceCircleFill, type: 'fill', source: SRC.coveredArea, paint: { 'fill-color': COVERAGE_SERVED_FILL, 'fill-opacity': 0.16 } },
      {
        id: LAYER.serviceCircleOutline,
        type: 'line',
        source: SRC.serviceCircles,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': kindColor, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1, 17, 2.2], 'line-opacity': 0.75 },
      },
      {
        id: LAYER.outsideBuildings,
        type: 'circle',
        source: SRC.outsideBuildings,
        paint: {
          'circle-color': COVERAGE_OUTSIDE_COLOR,
          'circle-opacity': 0.85,
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            13,
            ['interpolate', ['linear'], ['sqrt', ['get', 'households']], 0, 3.5, 12, 7.5],
            18,
            ['interpolate', ['linear'], ['sqrt', ['get', 'households']], 0, 6, 12, 18],
          ],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': whenHovered(2.5, 1.2),
        },
      },
    ],
    labels: [
      {
        id: LAYER.outsideBuildingsCount,
        type: 'symbol',
        source: SRC.outsideBuildings,
        minzoom: OUTSIDE_COUNTS_FROM,
        layout: { 'text-field': ['number-format', ['get', 'households'], {}], 'text-font': LABEL_FONT, 'text-size': 11, 'text-allow-overlap': true },
        paint: { 'text-color': '#ffffff', 'text-halo-color': COVERAGE_OUTSIDE_COLOR, 'text-halo-width': 1.2 },
      },
    ],
  };
}
