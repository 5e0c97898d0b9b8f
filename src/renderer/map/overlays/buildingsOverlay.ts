// Buildings coloured by use. Reuses the basemap's building source: map.base already
// carries every footprint with its use, so fetching them again would double the data.
import { BUILDING_USES } from '../../../shared/domain';
import { LAYER, SRC } from '../layerIds';
import { matchProperty, whenHovered } from '../expressions';
import { visibility } from '../mapDescription';
import { BUILDING_USE_COLORS } from '../palette';
import type { OverlayLayers } from './overlayLayers';

const useColor = matchProperty('use', BUILDING_USES, (use) => BUILDING_USE_COLORS[use], '#cccccc');

export function buildingsOverlay(visible: boolean): OverlayLayers {
  const v = visibility(visible);
  return {
    sources: {},
    body: [
      {
        id: LAYER.buildingFill,
        type: 'fill',
        source: SRC.buildings,
        layout: { visibility: v },
        paint: { 'fill-color': useColor, 'fill-opacity': whenHovered(1, 0.85) },
      },
      {
        id: LAYER.buildingOutline,
        type: 'line',
        source: SRC.buildings,
        minzoom: 14.5,
        layout: { visibility: v },
        paint: { 'line-color': whenHovered('#1f2937', 'rgba(60,60,60,0.45)'), 'line-width': whenHovered(2, 0.6) },
      },
    ],
    labels: [],
  };
}
