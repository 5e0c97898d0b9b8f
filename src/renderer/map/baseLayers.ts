// The basemap, built in code from map.base: ground, water, green, roads, grids filled by
// community colour, outlines, and Chinese labels (the building footprints are in
// overlays/buildingsOverlay.ts, drawn grey or by use).
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER, SRC } from './layerIds';
import { LABEL_FONT, LABEL_FONT_BOLD } from './mapFonts';
import { perFeature, perFeatureByZoom, whenHovered, zoomedHover } from './expressions';
import { withGridLabels } from './gridLabelFeatures';
import { buildingsOf, type MapData } from './mapData';
import { visibility } from './mapDescription';
import { BASE_COLORS, COMMUNITY_PALETTE } from './palette';
import { ZOOM, type LabelZooms } from './zoom';

export interface BaseOptions {
  gridsVisible: boolean;
  labelsVisible: boolean;
  zooms: LabelZooms;
  /** A thematic map's fill-color for the grids (choropleth.ts); null keeps the community colours. */
  gridFillColor?: ExpressionSpecification | null;
  /** Grids a grid-editing draft redraws or removes: the draft layers show them instead. */
  hiddenGridIds?: readonly number[];
}

/** Filter keeping every grid but the hidden ones (no filter when none are hidden). */
function gridFilter(options: BaseOptions): { filter?: FilterSpecification } {
  const hidden = options.hiddenGridIds ?? [];
  return hidden.length ? { filter: ['!', ['in', ['get', 'id'], ['literal', [...hidden]]]] } : {};
}

// `at` on a literal yields a string; fill-color needs it converted to a colour explicitly.
const communityColor: ExpressionSpecification = ['to-color', ['at', ['%', ['to-number', ['get', 'colorIndex'], 0], COMMUNITY_PALETTE.length], ['literal', [...COMMUNITY_PALETTE]]]];

/** `grids` replaces the base grids when a thematic map joins its values onto them. */
/** No buildings source until they have come: an empty one would still be tiled. */
export function baseSources(base: MapData, grids: FeatureCollection = base.grids): Record<string, GeoJSONSourceSpecification> {
  const buildings = buildingsOf(base);
  return {
    [SRC.boundary]: { type: 'geojson', data: base.boundary },
    [SRC.water]: { type: 'geojson', data: base.water },
    [SRC.green]: { type: 'geojson', data: base.green },
    [SRC.roads]: { type: 'geojson', data: base.roads },
    [SRC.communities]: { type: 'geojson', data: base.communities, promoteId: 'id' },
    [SRC.grids]: { type: 'geojson', data: grids, promoteId: 'id' },
    [SRC.gridLabels]: { type: 'geojson', data: withGridLabels(base.gridLabels), promoteId: 'id' },
    [SRC.communityLabels]: { type: 'geojson', data: base.communityLabels, promoteId: 'id' },
    ...(buildings ? { [SRC.buildings]: { type: 'geojson', data: buildings, promoteId: 'id' } } : {}),
  };
}

const roadWidth = (main: number, secondary: number, branch: number, zoomScale: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.6],
  ['zoom'],
  13,
  ['match', ['get', 'kind'], 'main', main, 'secondary', secondary, branch],
  18,
  ['match', ['get', 'kind'], 'main', main * zoomScale, 'secondary', secondary * zoomScale, branch * zoomScale],
];

/** Everything under the buildings and overlays: ground, water, green, grid colours, roads. */
export function baseGroundLayers(options: BaseOptions): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BASE_COLORS.background } },
    // The plain fills and lines are written per feature (perFeature) so that every fill, and
    // every solid line, shares one shader variant with the data-driven ones.
    { id: LAYER.streetArea, type: 'fill', source: SRC.boundary, paint: { 'fill-color': perFeature(BASE_COLORS.streetArea), 'fill-opacity': perFeature(1) } },
    {
      id: LAYER.gridFill,
      type: 'fill',
      source: SRC.grids,
      ...gridFilter(options),
      // Hidden grids stay on the map fully transparent, so a click still finds its grid.
      // A thematic map shows whatever the grid colour switch says: it is what was asked for.
      paint: options.gridFillColor
        ? { 'fill-color': options.gridFillColor, 'fill-opacity': whenHovered(0.95, 0.82) }
        : { 'fill-color': communityColor, 'fill-opacity': options.gridsVisible ? whenHovered(0.5, 0.3) : whenHovered(0.12, 0) },
    },
    { id: LAYER.green, type: 'fill', source: SRC.green, paint: { 'fill-color': perFeature(BASE_COLORS.green), 'fill-opacity': perFeature(0.9) } },
    { id: LAYER.water, type: 'fill', source: SRC.water, paint: { 'fill-color': perFeature(BASE_COLORS.water), 'fill-opacity': perFeature(1) } },
    {
      id: LAYER.roadCasing,
      type: 'line',
      source: SRC.roads,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['match', ['get', 'kind'], 'main', BASE_COLORS.roadMainCasing, BASE_COLORS.roadCasing],
        'line-width': roadWidth(5, 3.5, 2, 6),
      },
    },
    {
      id: LAYER.road,
      type: 'line',
      source: SRC.roads,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['match', ['get', 'kind'], 'main', BASE_COLORS.roadMain, 'secondary', BASE_COLORS.roadSecondary, BASE_COLORS.roadBranch],
        'line-width': roadWidth(3.6, 2.4, 1.2, 6),
      },
    },
  ];
}

/** Boundaries drawn above building fills so grids stay readable. */
export function baseLineLayers(options: BaseOptions): LayerSpecification[] {
  return [
    {
      id: LAYER.gridOutline,
      type: 'line',
      source: SRC.grids,
      ...gridFilter(options),
      paint: {
        'line-color': BASE_COLORS.gridOutline,
        'line-width': zoomedHover([13, 0.6], [17, 1.4], 1.6),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.communityOutline,
      type: 'line',
      source: SRC.communities,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': perFeature(BASE_COLORS.communityOutline), 'line-width': perFeatureByZoom([13, 1.6], [17, 3]), 'line-opacity': 0.85 },
    },
    {
      id: LAYER.streetBoundary,
      type: 'line',
      source: SRC.boundary,
      layout: { 'line-join': 'round' },
      // Its width is written like the grid outline's (hover-dependent, never hovered here) so
      // the two dashed lines share one shader variant instead of compiling two.
      paint: { 'line-color': BASE_COLORS.streetBoundary, 'line-width': zoomedHover([13, 2.5], [17, 4], 0), 'line-dasharray': [4, 2] },
    },
  ];
}

const halo = { 'text-halo-color': BASE_COLORS.labelHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 } as const;

/** Labels go on top of every overlay. */
export function baseLabelLayers(options: BaseOptions): LayerSpecification[] {
  const labels = visibility(options.labelsVisible);
  return [
    {
      id: LAYER.waterLabel,
      type: 'symbol',
      source: SRC.water,
      minzoom: 14,
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12, 'text-letter-spacing': 0.2 },
      paint: { 'text-color': BASE_COLORS.waterLabel, ...halo },
    },
    {
      id: LAYER.roadLabel,
      type: 'symbol',
      source: SRC.roads,
      minzoom: ZOOM.roadLabels,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], ZOOM.roadLabels, 11, 18, 14],
        'text-max-angle': 30,
        'symbol-spacing': 320,
        // Chinese road names read upright along the line, one character after another.
        'text-rotation-alignment': 'map',
        'text-keep-upright': true,
        'symbol-sort-key': ['match', ['get', 'kind'], 'main', 0, 'secondary', 1, 2],
      },
      paint: { 'text-color': BASE_COLORS.roadLabel, ...halo },
    },
    {
      id: LAYER.gridLabel,
      type: 'symbol',
      source: SRC.gridLabels,
      ...gridFilter(options),
      minzoom: options.zooms.gridLabelsFrom,
      layout: {
        visibility: labels,
        // The shared short label (铁马·11网格): the community and the grid, on one line.
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 15, 11, 18, 14],
        'text-max-width': 9,
        'text-padding': 4,
      },
      paint: { 'text-color': '#334155', ...halo },
    },
    {
      id: LAYER.communityLabel,
      type: 'symbol',
      source: SRC.communityLabels,
      maxzoom: options.zooms.communityLabelsUntil,
      layout: {
        visibility: labels,
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 13, 15, 17],
        'text-letter-spacing': 0.08,
        'text-allow-overlap': false,
        'text-padding': 6,
      },
      paint: { 'text-color': '#1e293b', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 2.2, 'text-halo-blur': 0.5 },
    },
  ];
}
