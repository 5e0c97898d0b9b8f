// The intake pin: where a case being reported lies, placed by a click on the map or by a
// search hit. A ring and a dot in the highlight colour, drawn above every overlay.
import type { FeatureCollection, Point } from 'geojson';
import type { LngLat } from '../../../shared/views';
import { LAYER, SRC } from '../layerIds';
import { EMPTY_COLLECTION } from '../mapDescription';
import { BASE_COLORS } from '../palette';
import type { OverlayLayers } from './overlayLayers';

export function pinCollection(pin: LngLat | null): FeatureCollection<Point> | FeatureCollection {
  if (!pin) return EMPTY_COLLECTION;
  return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: pin }, properties: {} }] };
}

export function pinOverlay(data: FeatureCollection): OverlayLayers {
  return {
    sources: { [SRC.intakePin]: { type: 'geojson', data } },
    body: [
      {
        id: LAYER.intakePinHalo,
        type: 'circle',
        source: SRC.intakePin,
        paint: { 'circle-color': 'rgba(28,126,214,0.18)', 'circle-radius': 18, 'circle-stroke-color': BASE_COLORS.highlight, 'circle-stroke-width': 1.5 },
      },
      {
        id: LAYER.intakePin,
        type: 'circle',
        source: SRC.intakePin,
        paint: { 'circle-color': BASE_COLORS.highlight, 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
      },
    ],
    labels: [],
  };
}
