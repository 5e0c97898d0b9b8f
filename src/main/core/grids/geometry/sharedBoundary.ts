// How much boundary two polygons share: the total length (m) of stretches where an edge
// of one runs along an edge of the other. Neighbouring grids share vertices exactly, and a
// grid drawn by snapping puts its vertices on the neighbour's edges, so a tolerance of
// about a millimetre separates "the same line" from "a different line".
import type { Polygon } from 'geojson';
import { lerp, segmentContact } from './planar';
import { segmentLengthM } from './measure';
import { bboxOfRings, boxesMeet, polygonRings } from './rings';

const SAME_LINE_DEG = 1e-8;

export function sharedBoundaryM(a: Polygon, b: Polygon): number {
  const ra = polygonRings(a);
  const rb = polygonRings(b);
  if (!boxesMeet(bboxOfRings(ra), bboxOfRings(rb), SAME_LINE_DEG)) return 0;
  let total = 0;
  for (const ringA of ra) {
    for (let i = 0; i < ringA.length; i++) {
      const p = ringA[i]!;
      const q = ringA[(i + 1) % ringA.length]!;
      for (const ringB of rb) {
        for (let j = 0; j < ringB.length; j++) {
          const contact = segmentContact(p, q, ringB[j]!, ringB[(j + 1) % ringB.length]!, SAME_LINE_DEG);
          if (contact.kind === 'overlap') total += segmentLengthM(lerp(p, q, contact.t0), lerp(p, q, contact.t1));
        }
      }
    }
  }
  return total;
}
