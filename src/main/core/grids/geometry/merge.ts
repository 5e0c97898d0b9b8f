// Two adjacent grids become one. The union comes from turf; the seam between the two
// leaves its end points behind as vertices on a straight line (a split's entry and exit),
// which we remove. A straight-line vertex that belonged to only one of the two grids stays
// (turf drops it, restoreVertices puts it back): it can be the corner of a third grid (a
// T-junction) that shares it exactly.
import type { Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { unionPieces } from './clip';
import { GeometryError } from './geometryError';
import { areaM2 } from './measure';
import { samePoint } from './planar';
import { dropStraightVertices, polygonOf, polygonRings } from './rings';
import { restoreVertices } from './restoreVertices';
import { sharedBoundaryM } from './sharedBoundary';

export interface MergeOptions {
  /** Shared boundary (m) below which the grids count as touching, not adjacent. */
  minSharedM?: number;
}

/** Overlap (m²) above which two grids count as adjacent even without a shared edge. */
const MIN_OVERLAP_M2 = 0.01;

export function mergePolygons(a: Polygon, b: Polygon, options: MergeOptions = {}): Polygon {
  const minSharedM = options.minSharedM ?? 1;
  const pieces = unionPieces([a, b]);
  if (pieces.length !== 1) {
    throw new GeometryError('notAdjacent', 'These grids do not touch along a boundary, so they cannot be merged into one grid.');
  }
  const merged = pieces[0]!;
  const overlap = areaM2(a) + areaM2(b) - areaM2(merged);
  if (overlap < MIN_OVERLAP_M2 && sharedBoundaryM(a, b) < minSharedM) {
    throw new GeometryError('notAdjacent', `These grids touch only at a point (they share less than ${minSharedM} m of boundary), so they cannot be merged.`);
  }

  const va = polygonRings(a).flat();
  const vb = polygonRings(b).flat();
  const has = (list: readonly LngLat[], p: LngLat) => list.some((v) => samePoint(v, p, 1e-8));
  // Seam ends are in both grids; vertices in neither were made by the union itself.
  const removable = (p: LngLat) => has(va, p) === has(vb, p);
  // The union drops every straight-line vertex; put back the inputs', then drop the seam's.
  const rings = polygonRings(merged).map((ring) => dropStraightVertices(restoreVertices(ring, [...va, ...vb]), removable));
  return polygonOf(rings);
}
