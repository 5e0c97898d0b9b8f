// A polygon's rings flattened into one Float64Array for the hot loops (assigning 100,000
// points, testing thousands of footprints): no allocation per test, no GeoJSON walking.
import type { Polygon } from 'geojson';
import { openRing } from './rings';

/** Points this close to an edge (degrees, about 1 µm) are on the boundary. */
const ON_EDGE_DEG = 1e-11;

export const OUTSIDE = 0;
export const INSIDE = 1;
export const ON_BOUNDARY = 2;
export type Placement = typeof OUTSIDE | typeof INSIDE | typeof ON_BOUNDARY;

export class FlatRings {
  /** x0, y0, x1, y1, … of every ring, rings open (no closing vertex). */
  readonly xy: Float64Array;
  /** Start (vertex index) of each ring, plus one past the end. */
  readonly starts: Int32Array;

  constructor(polygon: Polygon) {
    const rings = polygon.coordinates.map((r) => openRing(r, 0)).filter((r) => r.length >= 3);
    const total = rings.reduce((n, r) => n + r.length, 0);
    this.xy = new Float64Array(total * 2);
    this.starts = new Int32Array(rings.length + 1);
    let k = 0;
    rings.forEach((ring, r) => {
      this.starts[r] = k;
      for (const [x, y] of ring) {
        this.xy[2 * k] = x;
        this.xy[2 * k + 1] = y;
        k++;
      }
    });
    this.starts[rings.length] = k;
  }

  /**
   * Even-odd ray casting over all rings (so holes count), with points within ON_EDGE_DEG
   * of an edge or vertex reported as ON_BOUNDARY: on a shared edge the two grids' ray
   * tests may disagree in the last bit, so the caller settles such points by a rule.
   */
  place(px: number, py: number): Placement {
    const xy = this.xy;
    const starts = this.starts;
    let inside = false;
    for (let r = 0; r + 1 < starts.length; r++) {
      const from = starts[r]!;
      const to = starts[r + 1]!;
      let jx = xy[2 * (to - 1)]!;
      let jy = xy[2 * (to - 1) + 1]!;
      for (let i = from; i < to; i++) {
        const ix = xy[2 * i]!;
        const iy = xy[2 * i + 1]!;
        if (Math.abs(px - ix) <= ON_EDGE_DEG && Math.abs(py - iy) <= ON_EDGE_DEG) return ON_BOUNDARY;
        if (iy > py !== jy > py) {
          const x = ((jx - ix) * (py - iy)) / (jy - iy) + ix;
          if (Math.abs(px - x) <= ON_EDGE_DEG) return ON_BOUNDARY;
          if (px < x) inside = !inside;
        } else if (py >= Math.min(iy, jy) - ON_EDGE_DEG && py <= Math.max(iy, jy) + ON_EDGE_DEG && nearSegment(px, py, ix, iy, jx, jy)) {
          // Level with an end of the edge (a horizontal edge, or a vertex's height): rare, so the full test.
          return ON_BOUNDARY;
        }
        jx = ix;
        jy = iy;
      }
    }
    return inside ? INSIDE : OUTSIDE;
  }
}

function nearSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py) <= ON_EDGE_DEG;
}
