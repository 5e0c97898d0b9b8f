// A float test that two grids' insides do not meet, so the pair needs no exact clipping.
// Neighbouring grids share edges, which is where a float clipper is least sure, so this
// does not clip: it looks for a witness of overlap and answers "may meet" (the exact
// clipping decides) on finding one or on anything too close to call.
//
// For two polygons whose rings run with the inside on the left (outer rings counter-
// clockwise, holes clockwise), the insides meet only if an edge of one crosses an edge of
// the other, a stretch of boundary is shared in the same direction (both insides on the
// same side), or some boundary point of one lies inside the other. Every edge is cut
// where the other boundary touches it; a piece between cuts either runs along the other
// boundary (a shared stretch, checked for direction) or does not meet it at all, and then
// its midpoint tells whether the whole piece is inside. Touches count within
// SAME_POINT_DEG, the same tolerance the edge balance (tiling.ts) bounds the slivers of.
import type { LngLat } from '../../../../shared/views';
import { FlatRings, OUTSIDE } from './flatRings';
import { lerp, segmentContact } from './planar';
import { SAME_POINT_DEG } from './tolerance';

export interface PairShape {
  /** Open rings, inside on the left (tiling.ts orientedRings). */
  rings: LngLat[][];
  flat: FlatRings;
}

/** False only when the insides of a and b provably do not meet. */
export function insidesMayMeet(a: PairShape, b: PairShape): boolean {
  return boundaryMayEnter(a, b) || boundaryMayEnter(b, a);
}

/** Whether a's boundary crosses b's, shares a stretch with it in the same direction, or has a point inside b (or too close to tell). */
function boundaryMayEnter(a: PairShape, b: PairShape): boolean {
  const tol = SAME_POINT_DEG;
  for (const ring of a.rings) {
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i]!;
      const q = ring[(i + 1) % ring.length]!;
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (len === 0) continue;
      const tolT = tol / len;
      const cuts = [0, 1];
      const along: [number, number][] = [];
      const minX = Math.min(p[0], q[0]) - tol;
      const maxX = Math.max(p[0], q[0]) + tol;
      const minY = Math.min(p[1], q[1]) - tol;
      const maxY = Math.max(p[1], q[1]) + tol;
      for (const other of b.rings) {
        for (let j = 0; j < other.length; j++) {
          const c = other[j]!;
          const d = other[(j + 1) % other.length]!;
          if (maxX < Math.min(c[0], d[0]) || minX > Math.max(c[0], d[0]) || maxY < Math.min(c[1], d[1]) || minY > Math.max(c[1], d[1])) continue;
          const contact = segmentContact(p, q, c, d, tol);
          if (contact.kind === 'none') continue;
          if (contact.kind === 'overlap') {
            // Same direction: both insides lie on the same side of the shared stretch.
            if ((q[0] - p[0]) * (d[0] - c[0]) + (q[1] - p[1]) * (d[1] - c[1]) > 0) return true;
            along.push([contact.t0, contact.t1]);
            cuts.push(contact.t0, contact.t1);
            continue;
          }
          const tolU = tol / Math.hypot(d[0] - c[0], d[1] - c[1]);
          // A crossing inside both edges: the boundaries cross, so the insides meet.
          if (contact.t > tolT && contact.t < 1 - tolT && contact.u > tolU && contact.u < 1 - tolU) return true;
          cuts.push(contact.t);
        }
      }
      cuts.sort((x, y) => x - y);
      for (let k = 1; k < cuts.length; k++) {
        const t0 = cuts[k - 1]!;
        const t1 = cuts[k]!;
        if (t1 - t0 <= tolT) continue;
        const t = (t0 + t1) / 2;
        if (along.some(([s0, s1]) => t >= s0 && t <= s1)) continue;
        const m = lerp(p, q, t);
        // Inside, or on the boundary without being a shared stretch: not sure, so "may meet".
        if (b.flat.place(m[0], m[1]) !== OUTSIDE) return true;
      }
    }
  }
  return false;
}
