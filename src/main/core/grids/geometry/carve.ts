// A newly drawn grid takes its land from the grids under it: each of them loses the part
// the new one covers. Crumbs of floating-point size are dropped, not returned as pieces.
// Vertices of either shape lying on the result's boundary stay vertices, so the carved
// grid and the new one share their seam vertex for vertex.
import type { MultiPolygon, Polygon } from 'geojson';
import { differencePieces } from './clip';
import { areaM2 } from './measure';
import { restoreVertices } from './restoreVertices';
import { fromPieces, polygonOf, polygonRings } from './rings';

/** Pieces smaller than this (m², a 10 cm square) are rounding crumbs. */
const MIN_PIECE_M2 = 0.01;

/**
 * target − cutter: a Polygon, a MultiPolygon when the cutter splits the target, or null
 * when nothing is left. When the cutter takes no land from the target (it misses it or only
 * touches it) the target itself is returned, the same object, so callers can tell
 * "unchanged" by identity instead of comparing coordinates that clipping re-orders.
 */
export function carvePolygon(target: Polygon, cutter: Polygon): Polygon | MultiPolygon | null {
  // Keep the straight-line vertices turf drops: neighbours' corners and the new grid's own.
  const sources = [...polygonRings(target).flat(), ...polygonRings(cutter).flat()];
  const pieces = differencePieces(target, [cutter])
    .map((p) => polygonOf(polygonRings(p).filter((r) => r.length >= 3).map((r) => restoreVertices(r, sources))))
    .filter((p) => p.coordinates.length > 0 && areaM2(p) >= MIN_PIECE_M2);
  const before = areaM2(target);
  const after = pieces.reduce((sum, p) => sum + areaM2(p), 0);
  if (pieces.length === 1 && Math.abs(before - after) < MIN_PIECE_M2) return target;
  return fromPieces(pieces);
}
