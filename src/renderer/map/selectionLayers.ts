// The selected feature (the one in the detail drawer), outlined on top of its own layer.
// One layer per kind keeps each on its source; a selection change is only a filter change.
import type { LayerSpecification } from 'maplibre-gl';
import type { DetailKind, DetailRef } from '../detail/detailRef';
import { SRC } from './layerIds';
import { visibility } from './mapDescription';
import { BASE_COLORS } from './palette';

const AREA_SOURCES: ReadonlyArray<[DetailKind, string]> = [
  ['building', SRC.buildings],
  ['grid', SRC.grids],
  ['community', SRC.communities],
];
const POINT_SOURCES: ReadonlyArray<[DetailKind, string]> = [
  ['case', SRC.cases],
  ['tenant', SRC.tenants],
  ['partyOrg', SRC.partyOrgs],
  ['facility', SRC.facilities],
];

export const selectionLayerId = (kind: DetailKind) => `selection-${kind}`;

function idFilter(kind: DetailKind, selection: DetailRef | null): ['==', ['get', 'id'], number] {
  return ['==', ['get', 'id'], selection?.kind === kind ? selection.id : -1];
}

export function selectionLayers(selection: DetailRef | null): LayerSpecification[] {
  const areas = AREA_SOURCES.map(([k, source]): LayerSpecification => {
    return {
      id: selectionLayerId(k),
      type: 'line',
      source,
      filter: idFilter(k, selection),
      layout: { visibility: visibility(selection?.kind === k), 'line-join': 'round' },
      paint: { 'line-color': BASE_COLORS.highlight, 'line-width': k === 'building' ? 3 : 4, 'line-opacity': 0.95 },
    };
  });
  const points = POINT_SOURCES.map(([k, source]): LayerSpecification => {
    return {
      id: selectionLayerId(k),
      type: 'circle',
      source,
      filter: ['all', ['!', ['has', 'point_count']], idFilter(k, selection)],
      layout: { visibility: visibility(selection?.kind === k) },
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 14,
        'circle-stroke-color': BASE_COLORS.highlight,
        'circle-stroke-width': 3.5,
      },
    };
  });
  return [...areas, ...points];
}
