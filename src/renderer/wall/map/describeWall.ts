// The wall's map as data, for the shared MapView bridge: the street's own basemap in dark
// colours, every grid filled by its state, unresolved cases as markers, new ones pulsing,
// and community and grid names. Sizes are in design units times `unit` (CSS px per unit,
// the same scale as the wall's panels), so the map reads the same at 1080p and on 4K.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { WallGridStatus } from '../../../shared/wall';
import { WALL_GRID_STATES } from '../../../shared/vocab/wall';
import { baseSources } from '../../map/baseLayers';
import { buildingsOf, type MapData } from '../../map/mapData';
import { matchProperty } from '../../map/expressions';
import { SRC } from '../../map/layerIds';
import { LABEL_FONT, LABEL_FONT_BOLD } from '../../map/mapFonts';
import type { MapDescription } from '../../map/mapDescription';
import { GRID_STATE_COLORS, MARKER_COLORS, MARKER_KINDS, WALL_MAP_COLORS as C } from './wallPalette';

export const WALL_SRC = { cases: 'wall-cases', pulse: 'wall-pulse', gridLabels: 'wall-grid-labels' } as const;

export const WALL_LAYER = {
  background: 'wall-background',
  streetArea: 'wall-street-area',
  gridFill: 'wall-grid-fill',
  green: 'wall-green',
  water: 'wall-water',
  road: 'wall-road',
  building: 'wall-building',
  gridOutline: 'wall-grid-outline',
  communityOutline: 'wall-community-outline',
  focusOutline: 'wall-community-focus',
  streetBoundary: 'wall-street-boundary',
  cases: 'wall-cases',
  pulse: 'wall-pulse',
  gridLabel: 'wall-grid-label',
  communityLabel: 'wall-community-label',
} as const;

export interface WallMapInput {
  /** The buildings are drawn once they have come (useMapBase). */
  base: MapData;
  gridStates: readonly WallGridStatus[];
  gridLabels: FeatureCollection;
  cases: FeatureCollection;
  pulse: FeatureCollection;
  /** Flips about once a second while something pulses; the radius eases between the two sizes. */
  pulsePhase: boolean;
  /** The community the rotation is showing, or null for the whole street. */
  focusCommunityId: number | null;
  /** CSS pixels per design unit (1 at 1920×1080, 2 at 3840×2160). */
  unit: number;
}

/** Fill colour per grid id, by state: `match` over the ids of each non-calm state. */
export function gridStateColor(states: readonly WallGridStatus[]): ExpressionSpecification | string {
  const groups: [number[], string][] = [];
  for (const state of WALL_GRID_STATES) {
    if (state === 'calm') continue;
    const ids = states.filter((s) => s.state === state).map((s) => s.gridId);
    if (ids.length > 0) groups.push([ids, GRID_STATE_COLORS[state]]);
  }
  const [first, ...rest] = groups;
  if (!first) return GRID_STATE_COLORS.calm;
  return ['match', ['to-number', ['get', 'id']], first[0], first[1], ...rest.flatMap(([ids, color]) => [ids, color]), GRID_STATE_COLORS.calm];
}

/** A value for features in the focused community, another elsewhere; the first everywhere when nothing is focused. */
function focused(focus: number | null, property: string, inFocus: number, elsewhere: number): ExpressionSpecification | number {
  if (focus === null) return inFocus;
  return ['case', ['==', ['to-number', ['get', property]], focus], inFocus, elsewhere];
}

export function describeWall(input: WallMapInput): MapDescription {
  const { base, unit: u, focusCommunityId: focus } = input;
  const buildingLayer: LayerSpecification = { id: WALL_LAYER.building, type: 'fill', source: SRC.buildings, paint: { 'fill-color': C.building, 'fill-opacity': 0.55 } };
  const markerColor = matchProperty('kind', MARKER_KINDS, (k) => MARKER_COLORS[k], MARKER_COLORS.inProgress);
  const halo = { 'text-halo-color': C.labelHalo, 'text-halo-width': 2.2 * u, 'text-halo-blur': 0.4 * u };
  const layers: LayerSpecification[] = [
    { id: WALL_LAYER.background, type: 'background', paint: { 'background-color': C.background } },
    { id: WALL_LAYER.streetArea, type: 'fill', source: SRC.boundary, paint: { 'fill-color': C.streetArea } },
    {
      id: WALL_LAYER.gridFill,
      type: 'fill',
      source: SRC.grids,
      paint: { 'fill-color': gridStateColor(input.gridStates), 'fill-opacity': focused(focus, 'communityId', 0.62, 0.22) },
    },
    { id: WALL_LAYER.green, type: 'fill', source: SRC.green, paint: { 'fill-color': C.green, 'fill-opacity': 0.55 } },
    { id: WALL_LAYER.water, type: 'fill', source: SRC.water, paint: { 'fill-color': C.water, 'fill-opacity': 0.9 } },
    { id: WALL_LAYER.road, type: 'line', source: SRC.roads, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': C.road, 'line-width': ['match', ['get', 'kind'], 'main', 2.4 * u, 'secondary', 1.5 * u, 0.8 * u] } },
    // No buildings source until they have come (baseSources).
    ...(buildingsOf(base) ? [buildingLayer] : []),
    { id: WALL_LAYER.gridOutline, type: 'line', source: SRC.grids, paint: { 'line-color': C.gridOutline, 'line-width': 0.8 * u, 'line-opacity': focused(focus, 'communityId', 0.9, 0.4) } },
    { id: WALL_LAYER.communityOutline, type: 'line', source: SRC.communities, layout: { 'line-join': 'round' }, paint: { 'line-color': C.communityOutline, 'line-width': 1.8 * u } },
    { id: WALL_LAYER.streetBoundary, type: 'line', source: SRC.boundary, layout: { 'line-join': 'round' }, paint: { 'line-color': C.streetBoundary, 'line-width': 3 * u, 'line-opacity': 0.9 } },
    {
      id: WALL_LAYER.focusOutline,
      type: 'line',
      source: SRC.communities,
      filter: ['==', ['to-number', ['get', 'id']], focus ?? -1],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.focusOutline, 'line-width': 4 * u },
    },
    {
      id: WALL_LAYER.cases,
      type: 'circle',
      source: WALL_SRC.cases,
      paint: { 'circle-radius': 6 * u, 'circle-color': markerColor, 'circle-stroke-color': C.markerStroke, 'circle-stroke-width': 1.5 * u, 'circle-opacity': 0.95 },
    },
    {
      id: WALL_LAYER.pulse,
      type: 'circle',
      source: WALL_SRC.pulse,
      paint: {
        'circle-radius': (input.pulsePhase ? 26 : 9) * u,
        'circle-radius-transition': { duration: 700, delay: 0 },
        'circle-color': C.pulse,
        'circle-opacity': input.pulsePhase ? 0.08 : 0.55,
        'circle-opacity-transition': { duration: 700, delay: 0 },
        'circle-stroke-color': C.pulse,
        'circle-stroke-width': 2.5 * u,
        'circle-stroke-opacity': input.pulsePhase ? 0.25 : 1,
        'circle-stroke-opacity-transition': { duration: 700, delay: 0 },
      },
    },
    {
      id: WALL_LAYER.gridLabel,
      type: 'symbol',
      source: WALL_SRC.gridLabels,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': 16 * u,
        'text-padding': 3 * u,
        'symbol-sort-key': ['case', ['get', 'alert'], 0, 1],
      },
      paint: { 'text-color': ['case', ['get', 'alert'], C.labelAlert, C.label], 'text-opacity': focused(focus, 'communityId', 1, 0.55), ...halo },
    },
    {
      id: WALL_LAYER.communityLabel,
      type: 'symbol',
      source: SRC.communityLabels,
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT_BOLD, 'text-size': 22 * u, 'text-letter-spacing': 0.06, 'text-padding': 4 * u },
      paint: { 'text-color': '#ffffff', ...halo, 'text-halo-width': 3 * u },
    },
  ];
  return {
    sources: {
      ...baseSources(base),
      [WALL_SRC.cases]: { type: 'geojson', data: input.cases },
      [WALL_SRC.pulse]: { type: 'geojson', data: input.pulse },
      [WALL_SRC.gridLabels]: { type: 'geojson', data: input.gridLabels },
    },
    layers,
  };
}
