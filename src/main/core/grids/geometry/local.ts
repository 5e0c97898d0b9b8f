// Narrowing a check to the part of the street being edited. The live check while the
// administrator drags a vertex must answer in milliseconds, so it looks only at a box
// around `within`; the box is padded so that a small problem reaching a little beyond the
// edited area is still reported whole rather than clipped at the box edge.
import type { Polygon } from 'geojson';
import type { BBox } from '../../../../shared/views';
import { bboxOf, boxesMeet, padBox } from './rings';

/** Padding of the local box, in degrees (about 100 m). */
export const WITHIN_PAD_DEG = 0.001;

export function regionAround(within: Polygon): BBox {
  return padBox(bboxOf(within), WITHIN_PAD_DEG);
}

export function boxPolygon([w, s, e, n]: BBox): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** The items whose box meets the region (all of them when there is no region). */
export function inRegion<T>(items: readonly T[], boxes: readonly BBox[], region: BBox | null): T[] {
  if (!region) return [...items];
  return items.filter((_, i) => boxesMeet(boxes[i]!, region));
}
