// The shapes the geometry functions work on: plain data the database side builds from
// its rows, so this folder never needs to know about tables.
import type { Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';

export interface GridShape {
  /** Positive database id, or a negative draft key for a grid made in the draft. */
  id: number;
  code: string;
  geometry: Polygon;
  /** Households living in the grid, when known (only the household rule needs it). */
  households?: number;
}

export interface BuildingShape {
  id: number;
  footprint: Polygon;
  center: LngLat;
}
