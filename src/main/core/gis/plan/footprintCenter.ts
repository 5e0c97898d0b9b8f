// A footprint's centre, the point that decides its grid (as grid management places
// buildings): the area-weighted centroid of its outline when that lies inside it, else
// Turf's label point. The centroid is a few multiplications; Turf's centre of mass
// allocates features, which at 10,000 footprints is most of a second.
import type { Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { labelPoint } from '../../services/geo';

function inside([x, y]: LngLat, ring: readonly number[][]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

export function footprintCenter(g: Polygon): LngLat {
  const ring = g.coordinates[0]!;
  const [ox, oy] = ring[0] as [number, number];
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const x0 = ring[i]![0]! - ox;
    const y0 = ring[i]![1]! - oy;
    const x1 = ring[i + 1]![0]! - ox;
    const y1 = ring[i + 1]![1]! - oy;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a !== 0 && g.coordinates.length === 1) {
    const c: LngLat = [ox + cx / (3 * a), oy + cy / (3 * a)];
    if (inside(c, ring)) return c;
  }
  return labelPoint(g);
}
