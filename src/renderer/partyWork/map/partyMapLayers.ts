// The Party work map: open needs (unclaimed red, claimed amber) and offered resources (green)
// over the base map, as one more source and its layers appended to a map description. Kept
// here, in the workspace's own file, so the overlay files of the map mode stay untouched.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { PartyMapPoints } from '../../../shared/partyLists';
import type { MapDescription } from '../../map/mapDescription';
import { LAYER } from '../../map/layerIds';
import { LABEL_FONT } from '../../map/mapFonts';

export const PARTY_SRC = 'party-lists';
export const PARTY_LAYER = { needs: LAYER.partyNeeds, resources: LAYER.partyResources, labels: 'party-labels' } as const;

export const PARTY_COLORS = { needOpen: '#e03131', needClaimed: '#f08c00', resource: '#2f9e44' } as const;

export function partyFeatures(points: PartyMapPoints): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...points.needs.map((p) => ({ type: 'Feature' as const, id: p.id, properties: { id: p.id, kind: 'need', claimed: p.claimed ? 1 : 0, title: p.title }, geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] } })),
      ...points.resources.map((p) => ({ type: 'Feature' as const, id: p.id, properties: { id: p.id, kind: 'resource', claimed: 0, title: p.title }, geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] } })),
    ],
  };
}

const LAYERS: LayerSpecification[] = [
  {
    id: PARTY_LAYER.resources,
    type: 'circle',
    source: PARTY_SRC,
    filter: ['==', ['get', 'kind'], 'resource'],
    paint: { 'circle-color': PARTY_COLORS.resource, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 4, 17, 8], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
  },
  {
    id: PARTY_LAYER.needs,
    type: 'circle',
    source: PARTY_SRC,
    filter: ['==', ['get', 'kind'], 'need'],
    paint: {
      'circle-color': ['case', ['==', ['get', 'claimed'], 1], PARTY_COLORS.needClaimed, PARTY_COLORS.needOpen],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 4, 17, 8],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: PARTY_LAYER.labels,
    type: 'symbol',
    source: PARTY_SRC,
    minzoom: 16,
    layout: { 'text-field': ['get', 'title'], 'text-font': LABEL_FONT, 'text-size': 11, 'text-anchor': 'top', 'text-offset': [0, 0.9], 'text-max-width': 10, 'text-optional': true },
    paint: { 'text-color': '#343a40', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  },
];

/** The description with the Party work points drawn on top. */
export function withPartyLayers(description: MapDescription, data: FeatureCollection): MapDescription {
  return { sources: { ...description.sources, [PARTY_SRC]: { type: 'geojson', data, promoteId: 'id' } }, layers: [...description.layers, ...LAYERS] };
}
