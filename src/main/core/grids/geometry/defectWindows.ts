// Where the whole-street coverage rules (overlaps, gaps, land outside the street) can find
// anything, so their exact big-number clipping runs only there.
//
// The grids' edges and the street's reversed edges cancel everywhere the street is tiled
// (see tiling.ts); the edges left over bound every overlap, gap and outside piece. A
// defect is a connected region whose boundary is made of left-over edges, so it lies in
// the box of those edges. Left-over edges that touch are grouped, each group's box is
// padded, and boxes that meet are merged until none do: every defect then lies well
// inside exactly one window, and the clipping restricted to a window finds the same
// pieces as the clipping of the whole street. Only the ignored slivers (bounded by the
// slack, far below the smallest reported area) could reach past a window's edge.
import type { Polygon } from 'geojson';
import type { BBox, LngLat } from '../../../../shared/views';
import { BoxIndex } from './boxIndex';
import { insideRing } from './planar';
import { boxesMeet, polygonRings } from './rings';
import { edgeBalance } from './tiling';
import type { GridShape } from './types';

/** Padding of a window around its left-over edges (degrees, about 1 m). */
export const WINDOW_PAD_DEG = 1e-5;

/**
 * Boxes that hold every overlap, gap and outside piece of at least `minAreaM2`: [] when
 * the grids tile the street, null when that cannot be proven (the rules must then clip
 * the whole street).
 */
export function defectWindows(street: Polygon, grids: readonly GridShape[], minAreaM2: number): BBox[] | null {
  const balance = edgeBalance(street, grids, minAreaM2);
  if (!balance) return null;
  const pad = WINDOW_PAD_DEG;
  return mergeMeeting(balance.unbalanced.map(([p, q]) => [Math.min(p[0], q[0]) - pad, Math.min(p[1], q[1]) - pad, Math.max(p[0], q[0]) + pad, Math.max(p[1], q[1]) + pad]));
}

/** Boxes that meet are replaced by their common box, until no two meet. */
export function mergeMeeting(boxes: readonly BBox[]): BBox[] {
  let current = [...boxes];
  for (;;) {
    const index = new BoxIndex(current);
    const parent = current.map((_, i) => i);
    const root = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    current.forEach((b, i) => {
      for (const j of index.search(b)) parent[root(j)] = root(i);
    });
    const merged = new Map<number, BBox>();
    current.forEach((b, i) => {
      const r = root(i);
      const m = merged.get(r);
      merged.set(r, m ? [Math.min(m[0], b[0]), Math.min(m[1], b[1]), Math.max(m[2], b[2]), Math.max(m[3], b[3])] : b);
    });
    const next = [...merged.values()];
    if (next.length === current.length) return next;
    current = next;
  }
}

/**
 * True when the box lies inside the polygon with room to spare: no edge of the polygon
 * comes near the box (by the edges' own boxes, so "false" may only mean "not sure") and
 * a corner of the box is inside. Then clipping the polygon to the box gives the box.
 */
export function boxInside(box: BBox, polygon: Polygon): boolean {
  const rings = polygonRings(polygon);
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i]!;
      const q = ring[(i + 1) % ring.length]!;
      if (boxesMeet(box, [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])], WINDOW_PAD_DEG)) return false;
    }
  }
  const corner: LngLat = [box[0], box[1]];
  return rings.length > 0 && insideRing(corner, rings[0]!) && !rings.slice(1).some((hole) => insideRing(corner, hole));
}
