// Boolean operations through turf (polyclip-ts), returned as lists of single polygons so
// callers can count, measure and report pieces one by one.
import { difference, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { piecesOf } from './rings';

function feature(geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry };
}

/** a ∩ b. */
export function intersectPieces(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Polygon[] {
  return piecesOf(intersect(featureCollection([feature(a), feature(b)]))?.geometry);
}

/** a − (b₁ ∪ b₂ ∪ …). */
export function differencePieces(a: Polygon | MultiPolygon, subtract: readonly (Polygon | MultiPolygon)[]): Polygon[] {
  if (subtract.length === 0) return piecesOf(a);
  return piecesOf(difference(featureCollection([feature(a), ...subtract.map(feature)]))?.geometry);
}

/** The union of all, in one sweep (much faster than folding pairwise). */
export function unionPieces(polygons: readonly (Polygon | MultiPolygon)[]): Polygon[] {
  if (polygons.length === 0) return [];
  if (polygons.length === 1) return piecesOf(polygons[0]!);
  return piecesOf(union(featureCollection(polygons.map(feature)))?.geometry);
}
