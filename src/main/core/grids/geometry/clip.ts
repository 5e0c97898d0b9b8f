// Boolean operations through turf (polyclip-ts), returned as lists of single polygons so
// callers can count, measure and report pieces one by one.
//
// The inputs are moved to a local origin first. polyclip computes in BigNumber with 20
// significant digits, and with coordinates like 106.5012 that leaves too few digits after
// the point: on fuzzed inputs about 1 union in 750 failed ("Unable to complete output
// ring"); in local coordinates all of those succeeded. The move is exact in both
// directions (Sterbenz: x − o is exact when o/2 ≤ x ≤ 2o, and then (x − o) + o = x), so
// vertices that pass through the clipping come back bit-identical to the input.
import { difference, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { GeometryError } from './geometryError';
import { piecesOf } from './rings';

type Shape = Polygon | MultiPolygon;
type Op = (fc: FeatureCollection<Shape>) => Feature<Shape> | null;

/** a ∩ b. */
export function intersectPieces(a: Shape, b: Shape): Polygon[] {
  return run('intersect', (fc) => intersect(fc), [a, b]);
}

/** a − (b₁ ∪ b₂ ∪ …). */
export function differencePieces(a: Shape, subtract: readonly Shape[]): Polygon[] {
  if (subtract.length === 0) return piecesOf(a);
  return run('difference', (fc) => difference(fc), [a, ...subtract]);
}

/** The union of all, in one sweep (much faster than folding pairwise). */
export function unionPieces(polygons: readonly Shape[]): Polygon[] {
  if (polygons.length === 0) return [];
  if (polygons.length === 1) return piecesOf(polygons[0]!);
  return run('union', (fc) => union(fc), polygons);
}

function run(name: string, op: Op, shapes: readonly Shape[]): Polygon[] {
  const [ox = 0, oy = 0] = firstPosition(shapes);
  try {
    const result = op(featureCollection(shapes.map((s) => feature(moved(s, -ox, -oy)))));
    return piecesOf(result ? moved(result.geometry, ox, oy) : null);
  } catch {
    // The rare failure in the local frame may still succeed in the original one.
  }
  try {
    return piecesOf(op(featureCollection(shapes.map(feature)))?.geometry);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new GeometryError('clipFailed', `The ${name} of the grid shapes could not be computed (${why}); move a vertex slightly and try again.`);
  }
}

function feature(geometry: Shape): Feature<Shape> {
  return { type: 'Feature', properties: {}, geometry };
}

function firstPosition(shapes: readonly Shape[]): Position {
  for (const s of shapes) {
    const p = s.type === 'Polygon' ? s.coordinates[0]?.[0] : s.coordinates[0]?.[0]?.[0];
    if (p) return p;
  }
  return [0, 0];
}

function moved(shape: Shape, dx: number, dy: number): Shape {
  const ring = (r: Position[]) => r.map((p) => [(p[0] ?? 0) + dx, (p[1] ?? 0) + dy]);
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: shape.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((poly) => poly.map(ring)) };
}
