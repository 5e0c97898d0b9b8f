// The map as data: GeoJSON sources and style layers in draw order. Everything outside
// MapView produces one of these; MapView diffs it into the live map.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';

export interface MapDescription {
  sources: Record<string, GeoJSONSourceSpecification>;
  /** Vector-tile sources: only the offline basemap (map/basemap) has one. */
  vectorSources?: Record<string, VectorSourceSpecification>;
  layers: LayerSpecification[];
}

export type MapSource = GeoJSONSourceSpecification | VectorSourceSpecification;

export type Visibility = 'visible' | 'none';
export const visibility = (on: boolean): Visibility => (on ? 'visible' : 'none');

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };
