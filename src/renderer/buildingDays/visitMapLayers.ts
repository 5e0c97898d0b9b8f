// The visits map as a map overlay: each building of a cadre's share as a dot, green when
// visited in the period, red when not, over the base map of the Party work mode.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { VisitMap } from '../../shared/buildingDays';
import type { MapDescription } from '../map/mapDescription';

export const VISIT_SRC = 'building-day-visits';
export const VISIT_LAYER = 'building-day-visits';
export const VISIT_COLORS = { visited: '#2f9e44', notVisited: '#e03131' } as const;

export function visitFeatures(m: VisitMap): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: m.buildingIds.map((id, i) => ({
      type: 'Feature' as const,
      id,
      properties: { id, visits: m.visits[i]!, visited: m.visits[i]! > 0 ? 1 : 0 },
      geometry: { type: 'Point' as const, coordinates: [m.lng[i]!, m.lat[i]!] },
    })),
  };
}

const LAYERS: LayerSpecification[] = [
  {
    id: VISIT_LAYER,
    type: 'circle',
    source: VISIT_SRC,
    paint: {
      'circle-color': ['case', ['==', ['get', 'visited'], 1], VISIT_COLORS.visited, VISIT_COLORS.notVisited],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 3.5, 17, 8],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
];

export function withVisitLayers(description: MapDescription, data: FeatureCollection): MapDescription {
  return { sources: { ...description.sources, [VISIT_SRC]: { type: 'geojson', data, promoteId: 'id' } }, layers: [...description.layers, ...LAYERS] };
}
