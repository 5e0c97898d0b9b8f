// Households per building: a heatmap (weight = households) when zoomed out, circles
// sized by households when zoomed in, and the counts on them further in.
import type { FeatureCollection } from 'geojson';
import { LAYER, SRC } from '../layerIds';
import { LABEL_FONT } from '../mapFonts';
import { whenHovered } from '../expressions';
import { HOUSEHOLD_COLORS } from '../palette';
import { ZOOM } from '../zoom';
import type { OverlayLayers } from './overlayLayers';

export function householdsOverlay(data: FeatureCollection): OverlayLayers {
  const [c0, c1, c2, c3, c4] = HOUSEHOLD_COLORS.heatRamp;
  return {
    sources: { [SRC.households]: { type: 'geojson', data, promoteId: 'buildingId' } },
    body: [
      {
        id: LAYER.householdsHeat,
        type: 'heatmap',
        source: SRC.households,
        maxzoom: ZOOM.householdCircles + 1,
        paint: {
          'heatmap-weight': ['interpolate', ['linear'], ['get', 'households'], 0, 0, 60, 0.5, 200, 1],
          'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 12, 0.9, 16, 2],
          'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 12, 10, 14, 18, 16, 34],
          'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], 0, c0, 0.15, c1, 0.45, c2, 0.7, c3, 1, c4],
          'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], ZOOM.householdCircles, 0.9, ZOOM.householdCircles + 1, 0],
        },
      },
      {
        id: LAYER.householdsCircle,
        type: 'circle',
        source: SRC.households,
        minzoom: ZOOM.householdCircles,
        paint: {
          'circle-color': HOUSEHOLD_COLORS.circle,
          'circle-opacity': ['interpolate', ['linear'], ['zoom'], ZOOM.householdCircles, 0, ZOOM.householdCircles + 0.6, 0.6, ZOOM.householdCounts, 0.85],
          // Sized by households, and growing with the zoom so circles stay readable next to
          // buildings that grow too.
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            ZOOM.householdCircles,
            ['interpolate', ['linear'], ['sqrt', ['get', 'households']], 0, 2, 5, 5, 10, 9, 16, 13],
            18.5,
            ['interpolate', ['linear'], ['sqrt', ['get', 'households']], 0, 5, 5, 12, 10, 20, 16, 28],
          ],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': whenHovered(2.5, 1),
        },
      },
    ],
    labels: [
      {
        id: LAYER.householdsCount,
        type: 'symbol',
        source: SRC.households,
        minzoom: ZOOM.householdCounts,
        layout: {
          'text-field': ['number-format', ['get', 'households'], {}],
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], ZOOM.householdCounts, 11, 18.5, 14],
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#ffffff', 'text-halo-color': HOUSEHOLD_COLORS.circle, 'text-halo-width': 1.2 },
      },
    ],
  };
}
