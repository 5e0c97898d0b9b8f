// The basemap's style, kept in the project: muted layers for the Protomaps basemap schema
// (the layers `pmtiles extract` of the Protomaps daily build gives: water, landuse, roads,
// places; each feature has `kind` and `name`). Drawn under the grids, so the street's own
// colours stay readable; buildings are left out (ours are drawn from the registers).
// Labels use the map's local font stack: no glyphs URL, nothing fetched.
import type { ExpressionSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { BasemapInfo } from '../../../shared/basemap';
import { LABEL_FONT } from '../mapFonts';
import { basemapTileUrl } from './basemapTileUrl';

export const BASEMAP_SOURCE = 'basemap';

export const BASEMAP_LAYER = {
  landuse: 'basemap-landuse',
  water: 'basemap-water',
  roadCasing: 'basemap-road-casing',
  road: 'basemap-road',
  roadLabel: 'basemap-road-label',
  placeLabel: 'basemap-place-label',
} as const;

/** The basemap's colours; the wall passes its own dark set (wall/map/wallPalette.ts). */
export interface BasemapPalette {
  park: string;
  water: string;
  roadCasing: string;
  road: string;
  highway: string;
  label: string;
  placeLabel: string;
  halo: string;
}

/** Softer than the street's own layers (palette.ts): the basemap is context, not content. */
export const CONSOLE_BASEMAP_COLORS: BasemapPalette = {
  park: '#d6e6cf',
  water: '#bcd5e8',
  roadCasing: '#c4cad3',
  road: '#fdfdfc',
  highway: '#f4ead2',
  label: '#7b8594',
  placeLabel: '#5f6b7a',
  halo: 'rgba(255,255,255,0.85)',
};

const GREEN_KINDS = ['park', 'grass', 'garden', 'forest', 'wood', 'nature_reserve', 'playground', 'golf_course', 'cemetery'];
const ROAD_KINDS = ['highway', 'major_road', 'minor_road', 'other'];

/** A Chinese name first: Protomaps tiles carry the local `name` and `name:zh-Hans` where OSM has it. */
const nameField: ExpressionSpecification = ['coalesce', ['get', 'name:zh-Hans'], ['get', 'name:zh'], ['get', 'name']];

const roadWidth = (scale: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.6],
  ['zoom'],
  12,
  ['match', ['get', 'kind'], 'highway', 2 * scale, 'major_road', 1.5 * scale, 0.6 * scale],
  18,
  ['match', ['get', 'kind'], 'highway', 24 * scale, 'major_road', 18 * scale, 10 * scale],
];

export function basemapSource(info: BasemapInfo, revision: number): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [basemapTileUrl(revision)],
    minzoom: info.minZoom,
    // Beyond the file's last level MapLibre over-zooms its tiles.
    maxzoom: info.maxZoom,
    bounds: info.bounds,
    attribution: info.attribution ?? '© OpenStreetMap',
  };
}

/** `strength` (0.2–1) scales every opacity: the layer panel's dimmer. */
export function basemapLayers(strength: number, COLORS: BasemapPalette = CONSOLE_BASEMAP_COLORS): LayerSpecification[] {
  const o = (v: number) => Math.round(v * strength * 100) / 100;
  const src = { source: BASEMAP_SOURCE } as const;
  const halo = { 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 } as const;
  return [
    {
      id: BASEMAP_LAYER.landuse,
      type: 'fill',
      ...src,
      'source-layer': 'landuse',
      filter: ['in', ['get', 'kind'], ['literal', GREEN_KINDS]],
      paint: { 'fill-color': COLORS.park, 'fill-opacity': o(1) },
    },
    {
      id: BASEMAP_LAYER.water,
      type: 'fill',
      ...src,
      'source-layer': 'water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': COLORS.water, 'fill-opacity': o(1) },
    },
    {
      id: BASEMAP_LAYER.roadCasing,
      type: 'line',
      ...src,
      'source-layer': 'roads',
      filter: ['in', ['get', 'kind'], ['literal', ROAD_KINDS]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': COLORS.roadCasing, 'line-width': roadWidth(1.35), 'line-opacity': o(1) },
    },
    {
      id: BASEMAP_LAYER.road,
      type: 'line',
      ...src,
      'source-layer': 'roads',
      filter: ['in', ['get', 'kind'], ['literal', ROAD_KINDS]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['match', ['get', 'kind'], 'highway', COLORS.highway, COLORS.road], 'line-width': roadWidth(1), 'line-opacity': o(1) },
    },
    {
      id: BASEMAP_LAYER.roadLabel,
      type: 'symbol',
      ...src,
      'source-layer': 'roads',
      minzoom: 14,
      filter: ['all', ['in', ['get', 'kind'], ['literal', ROAD_KINDS]], ['has', 'name']],
      layout: {
        'symbol-placement': 'line',
        'text-field': nameField,
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10, 18, 13],
        'text-rotation-alignment': 'map',
        'text-keep-upright': true,
        'text-max-angle': 30,
        'symbol-spacing': 360,
      },
      paint: { 'text-color': COLORS.label, 'text-opacity': o(1), ...halo },
    },
    {
      id: BASEMAP_LAYER.placeLabel,
      type: 'symbol',
      ...src,
      'source-layer': 'places',
      filter: ['in', ['get', 'kind'], ['literal', ['locality', 'neighbourhood', 'macrohood', 'suburb']]],
      layout: {
        'text-field': nameField,
        'text-font': LABEL_FONT,
        'text-size': ['match', ['get', 'kind'], 'locality', 14, 12],
        'text-letter-spacing': 0.15,
        'text-padding': 8,
      },
      paint: { 'text-color': COLORS.placeLabel, 'text-opacity': o(1), ...halo },
    },
  ];
}
