// Service facilities (党群服务中心, 便民服务站, 志愿服务点) as badges with their own
// symbol: a white disc ringed in the kind's colour with a glyph drawn from the local font.
import type { FeatureCollection } from 'geojson';
import { FACILITY_KINDS } from '../../../shared/domain';
import { LAYER, SRC } from '../layerIds';
import { LABEL_FONT } from '../mapFonts';
import { matchProperty, whenHovered } from '../expressions';
import { FACILITY_STYLE } from '../palette';
import { ZOOM } from '../zoom';
import type { OverlayLayers } from './overlayLayers';

const kindColor = matchProperty('kind', FACILITY_KINDS, (k) => FACILITY_STYLE[k].color, '#495057');
const kindGlyph = matchProperty('kind', FACILITY_KINDS, (k) => FACILITY_STYLE[k].glyph, '●');

export function facilitiesOverlay(data: FeatureCollection): OverlayLayers {
  return {
    sources: { [SRC.facilities]: { type: 'geojson', data, promoteId: 'id' } },
    body: [
      {
        id: LAYER.facilitiesBadge,
        type: 'circle',
        source: SRC.facilities,
        paint: {
          'circle-color': '#ffffff',
          'circle-radius': whenHovered(12, 10),
          'circle-stroke-color': kindColor,
          'circle-stroke-width': 2.5,
        },
      },
    ],
    labels: [
      {
        id: LAYER.facilitiesGlyph,
        type: 'symbol',
        source: SRC.facilities,
        layout: {
          'text-field': kindGlyph,
          'text-font': LABEL_FONT,
          'text-size': 13,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': kindColor },
      },
      {
        id: LAYER.facilitiesName,
        type: 'symbol',
        source: SRC.facilities,
        minzoom: ZOOM.facilityNames,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-anchor': 'top',
          'text-offset': [0, 1.3],
          'text-max-width': 10,
          'text-optional': true,
        },
        paint: { 'text-color': kindColor, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
