// Grid editing on the map, as data: the draft's grids (what the save would write) over
// the saved ones it replaces, the selected grids, and the validator's problems with the
// focused one outlined. A draft grid is labelled like the saved ones on the console map
// (shared/gridLabel.ts: 铁马·11网格), not by its 14-digit code.
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { DraftGrid, GridProblem } from '../../shared/gridEdit';
import { gridLabel } from '../../shared/gridLabel';
import type { CommunityFeatureProps } from '../../shared/views';
import { LAYER, SRC } from './layerIds';
import { LABEL_FONT } from './mapFonts';

export interface GridEditMapState {
  draftGrids: readonly DraftGrid[];
  /** Saved grids the draft redraws or removes: hidden from the base layers. */
  hiddenGridIds: readonly number[];
  selectedIds: readonly number[];
  problems: readonly GridProblem[];
  focusedProblem: number | null;
}

export const EDIT_COLORS = { draft: '#e8590c', selected: '#1c7ed6', problem: '#e03131', advice: '#f59f00', focus: '#c2255c' } as const;

function draftCollections(grids: readonly DraftGrid[], communities: FeatureCollection<Polygon, CommunityFeatureProps>): { fill: FeatureCollection; labels: FeatureCollection } {
  const communityNames = new Map(communities.features.map((f) => [f.properties.id, f.properties.name]));
  const fill: Feature[] = grids.map((g) => ({ type: 'Feature', id: g.id, geometry: g.boundary, properties: { id: g.id, code: g.code, name: g.name, households: g.households } }));
  const labels: Feature[] = grids.map((g) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: g.label },
    properties: { id: g.id, label: gridLabel({ name: g.name, communityName: communityNames.get(g.communityId) ?? '' }) },
  }));
  return { fill: { type: 'FeatureCollection', features: fill }, labels: { type: 'FeatureCollection', features: labels } };
}

function problemCollection(problems: readonly GridProblem[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: problems.map((p, index) => ({ type: 'Feature', geometry: p.geometry, properties: { index, kind: p.kind } })),
  };
}

/** `communities`: map.base's, for the community part of each draft grid's label. */
export function gridEditSources(state: GridEditMapState, communities: FeatureCollection<Polygon, CommunityFeatureProps>): Record<string, GeoJSONSourceSpecification> {
  const { fill, labels } = draftCollections(state.draftGrids, communities);
  return {
    [SRC.draftGrids]: { type: 'geojson', data: fill, promoteId: 'id' },
    [SRC.draftGridLabels]: { type: 'geojson', data: labels },
    [SRC.gridProblems]: { type: 'geojson', data: problemCollection(state.problems) },
  };
}

const inIds = (ids: readonly number[]): ['in', ['get', 'id'], ['literal', number[]]] => ['in', ['get', 'id'], ['literal', [...ids]]];

export function gridEditLayers(state: GridEditMapState): LayerSpecification[] {
  return [
    { id: LAYER.draftGridFill, type: 'fill', source: SRC.draftGrids, paint: { 'fill-color': EDIT_COLORS.draft, 'fill-opacity': 0.22 } },
    { id: LAYER.draftGridOutline, type: 'line', source: SRC.draftGrids, paint: { 'line-color': EDIT_COLORS.draft, 'line-width': 2.5, 'line-dasharray': [2, 1] } },
    { id: LAYER.editSelectedGrid, type: 'line', source: SRC.grids, filter: inIds(state.selectedIds), paint: { 'line-color': EDIT_COLORS.selected, 'line-width': 4 } },
    { id: LAYER.editSelectedDraft, type: 'line', source: SRC.draftGrids, filter: inIds(state.selectedIds), paint: { 'line-color': EDIT_COLORS.selected, 'line-width': 4 } },
    // A grid outside the household range is advice, drawn as an outline; coverage faults are filled.
    {
      id: LAYER.problemFill,
      type: 'fill',
      source: SRC.gridProblems,
      filter: ['all', ['!=', ['geometry-type'], 'Point'], ['!=', ['get', 'kind'], 'households']],
      paint: { 'fill-color': EDIT_COLORS.problem, 'fill-opacity': 0.45 },
    },
    {
      id: LAYER.problemLine,
      type: 'line',
      source: SRC.gridProblems,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: {
        'line-color': ['case', ['==', ['get', 'kind'], 'households'], EDIT_COLORS.advice, EDIT_COLORS.problem],
        'line-width': ['case', ['==', ['get', 'kind'], 'households'], 3, 1.5],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.problemPoint,
      type: 'circle',
      source: SRC.gridProblems,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 7, 'circle-color': EDIT_COLORS.problem, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    {
      id: LAYER.problemFocus,
      type: 'line',
      source: SRC.gridProblems,
      filter: ['==', ['get', 'index'], state.focusedProblem ?? -1],
      paint: { 'line-color': EDIT_COLORS.focus, 'line-width': 4 },
    },
    {
      id: LAYER.draftGridLabel,
      type: 'symbol',
      source: SRC.draftGridLabels,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#7a2e0b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
