// The narrowest "neck" of a polygon: a place where the boundary comes back within a few
// metres of itself across the inside, far (along the boundary) from where it left. That is
// a strip, spike or neck too thin to be land a grid worker walks: typically a vertex
// dragged a little past the neighbour's edge, leaving a ribbon. Compactness misses it when
// the rest of the grid is a fine block.
import type { Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { polygonRings } from './rings';
import { METRES_PER_DEG_LAT, metresPerDegLng } from './tolerance';

type Xy = [number, number];

export interface Neck {
  widthM: number;
  /** Middle of the narrowest crossing, inside the polygon. */
  at: LngLat;
}

/**
 * The narrowest crossing of the polygon narrower than `maxWidthM` whose two ends are at
 * least `minDetourM` apart along the boundary (or on different rings), or null. The
 * detour rule keeps ordinary corners and short steps in the boundary out.
 */
export function narrowestNeck(polygon: Polygon, maxWidthM: number, minDetourM: number): Neck | null {
  const rings = polygonRings(polygon).filter((r) => r.length >= 3);
  const origin = rings[0]?.[0];
  if (!origin) return null;
  const kx = metresPerDegLng(origin[1]);
  const ky = METRES_PER_DEG_LAT;
  const xy: Xy[][] = rings.map((r) => r.map(([lng, lat]): Xy => [(lng - origin[0]) * kx, (lat - origin[1]) * ky]));
  const cum = xy.map((ring) => {
    const c = [0];
    for (let i = 0; i < ring.length; i++) c.push(c[i]! + Math.hypot(ring[(i + 1) % ring.length]![0] - ring[i]![0], ring[(i + 1) % ring.length]![1] - ring[i]![1]));
    return c;
  });

  let best: { d: number; mid: Xy } | null = null;
  for (let r = 0; r < xy.length; r++) {
    const ring = xy[r]!;
    const total = cum[r]![ring.length]!;
    for (let i = 0; i < ring.length; i++) {
      const v = ring[i]!;
      for (let r2 = 0; r2 < xy.length; r2++) {
        const other = xy[r2]!;
        const n2 = other.length;
        for (let j = 0; j < n2; j++) {
          if (r2 === r && (j === i || (j + 1) % n2 === i)) continue;
          const a = other[j]!;
          const b = other[(j + 1) % n2]!;
          if (v[0] < Math.min(a[0], b[0]) - maxWidthM || v[0] > Math.max(a[0], b[0]) + maxWidthM) continue;
          if (v[1] < Math.min(a[1], b[1]) - maxWidthM || v[1] > Math.max(a[1], b[1]) + maxWidthM) continue;
          const dx = b[0] - a[0];
          const dy = b[1] - a[1];
          const len2 = dx * dx + dy * dy;
          const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / len2));
          const q: Xy = [a[0] + t * dx, a[1] + t * dy];
          const d = Math.hypot(q[0] - v[0], q[1] - v[1]);
          // Zero distance is the boundary touching itself: a self-intersection, reported as such.
          if (d >= maxWidthM || d < 1e-3 || (best && d >= best.d)) continue;
          if (r2 === r) {
            const along = Math.abs(cum[r]![j]! + t * Math.sqrt(len2) - cum[r]![i]!);
            if (Math.min(along, total - along) < minDetourM) continue;
          }
          const mid: Xy = [(v[0] + q[0]) / 2, (v[1] + q[1]) / 2];
          if (!insideAll(mid, xy)) continue;
          best = { d, mid };
        }
      }
    }
  }
  if (!best) return null;
  return { widthM: best.d, at: [origin[0] + best.mid[0] / kx, origin[1] + best.mid[1] / ky] };
}

function insideAll(p: Xy, rings: readonly Xy[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}
