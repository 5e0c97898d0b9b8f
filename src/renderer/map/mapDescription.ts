// The map as data: GeoJSON sources and style layers in draw order. Everything outside
// MapView produces one of these; MapView diffs it into the live map.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';

export interface MapDescription {
  sources: Record<string, GeoJSONSourceSpecification>;
  layers: LayerSpecification[];
}

export type Visibility = 'visible' | 'none';
export const visibility = (on: boolean): Visibility => (on ? 'visible' : 'none');

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };
