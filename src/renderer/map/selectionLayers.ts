// The selected feature (the one in the detail drawer), outlined on top of its own layer.
// One layer, for the selected kind only, and only while its source is on the map: idle
// layers for every other kind would be drawn (and their shaders compiled) for nothing.
import type { LayerSpecification } from 'maplibre-gl';
import type { DetailKind, DetailRef } from '../detail/detailRef';
import { SRC } from './layerIds';
import { BASE_COLORS } from './palette';

const AREA_SOURCES: Partial<Record<DetailKind, string>> = {
  building: SRC.buildings,
  grid: SRC.grids,
  community: SRC.communities,
};
const POINT_SOURCES: Partial<Record<DetailKind, string>> = {
  case: SRC.cases,
  tenant: SRC.tenants,
  partyOrg: SRC.partyOrgs,
  facility: SRC.facilities,
};

export const selectionLayerId = (kind: DetailKind) => `selection-${kind}`;

export function selectionLayers(selection: DetailRef | null, sources: Readonly<Record<string, unknown>>): LayerSpecification[] {
  if (!selection) return [];
  const { kind, id } = selection;
  const area = AREA_SOURCES[kind];
  if (area && area in sources) {
    return [
      {
        id: selectionLayerId(kind),
        type: 'line',
        source: area,
        filter: ['==', ['get', 'id'], id],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASE_COLORS.highlight, 'line-width': kind === 'building' ? 3 : 4, 'line-opacity': 0.95 },
      },
    ];
  }
  const point = POINT_SOURCES[kind];
  if (point && point in sources) {
    return [
      {
        id: selectionLayerId(kind),
        type: 'circle',
        source: point,
        filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], id]],
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': 14,
          'circle-stroke-color': BASE_COLORS.highlight,
          'circle-stroke-width': 3.5,
        },
      },
    ];
  }
  return [];
}
