// GeoJSON stored as text: parse once, compute label points and boxes with Turf.
import { bbox as turfBbox, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BBox, LngLat } from '../../../shared/views';

export function parsePolygon(text: string): Polygon {
  return JSON.parse(text) as Polygon;
}

/** A point inside the polygon, near its visual centre (centre of mass when that lies inside). */
export function labelPoint(geometry: Polygon | MultiPolygon): LngLat {
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
  const c = centerOfMass(feature).geometry.coordinates;
  if (booleanPointInPolygon(c, feature)) return [c[0] ?? 0, c[1] ?? 0];
  const p = pointOnFeature(feature).geometry.coordinates;
  return [p[0] ?? 0, p[1] ?? 0];
}

export function boxOf(geometry: Polygon | MultiPolygon): BBox {
  const [a, b, c, d] = turfBbox(geometry);
  return [a, b, c, d];
}
