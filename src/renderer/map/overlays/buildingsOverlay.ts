// The building footprints: one fill layer, grey as part of the basemap, or coloured by
// use while the buildings overlay is on (then with an outline that shows the hovered one).
// One layer either way: a grey layer under a coloured one drew every footprint twice.
import type { LayerSpecification } from 'maplibre-gl';
import { BUILDING_USES } from '../../../shared/domain';
import { LAYER, SRC } from '../layerIds';
import { matchProperty, whenHovered, zoomedHover } from '../expressions';
import { BASE_COLORS, BUILDING_USE_COLORS } from '../palette';

const useColor = matchProperty('use', BUILDING_USES, (use) => BUILDING_USE_COLORS[use], '#cccccc');

/** How far footprints fade while a grid thematic map is shown: its colours must read through. */
export const MUTED_BUILDING_OPACITY = 0.2;

export function buildingLayers(byUse: boolean, muted = false): LayerSpecification[] {
  if (!byUse) {
    // Its own id: the grey footprints are ground, not something a click opens.
    return [
      {
        id: LAYER.buildingBase,
        type: 'fill',
        source: SRC.buildings,
        paint: { 'fill-color': BASE_COLORS.buildingBase, 'fill-outline-color': BASE_COLORS.buildingBaseOutline, 'fill-opacity': muted ? MUTED_BUILDING_OPACITY : 0.85 },
      },
    ];
  }
  return [
    { id: LAYER.buildingFill, type: 'fill', source: SRC.buildings, paint: { 'fill-color': useColor, 'fill-opacity': muted ? whenHovered(0.6, MUTED_BUILDING_OPACITY) : whenHovered(1, 0.85) } },
    {
      id: LAYER.buildingOutline,
      type: 'line',
      source: SRC.buildings,
      // From 15, not 14.5: MapLibre builds a layer for tiles from floor(minzoom), so at 14.5 every
      // outline was built into the overview's zoom-14 tiles and not drawn (~0.2 s of the first view).
      minzoom: 15,
      // Width by zoom (it does not change), as every other solid line's: one shader variant for all.
      paint: { 'line-color': whenHovered('#1f2937', 'rgba(60,60,60,0.45)'), 'line-width': zoomedHover([15, 0.6], [18, 0.6], 1.4) },
    },
  ];
}
