// How many points lie within a radius of each point (itself included), by bucketing the
// points into cells of that size in a local metric projection: only the 3×3 cells around
// a point can hold its neighbours. Used to pick DBSCAN's minPoints from the data.
import type { LngLat } from '../../../shared/views';

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

export function neighbourCounts(points: readonly LngLat[], radiusM: number): number[] {
  if (points.length === 0) return [];
  const lat0 = (points.reduce((s, p) => s + p[1], 0) / points.length) * (Math.PI / 180);
  const kx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos(lat0);
  const xy = points.map(([lng, lat]) => [lng * kx, lat * METRES_PER_DEGREE_LAT] as const);
  const cells = new Map<string, number[]>();
  const cellOf = (v: number) => Math.floor(v / radiusM);
  xy.forEach(([x, y], i) => {
    const key = `${cellOf(x)}:${cellOf(y)}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  const r2 = radiusM * radiusM;
  return xy.map(([x, y]) => {
    const cx = cellOf(x);
    const cy = cellOf(y);
    let n = 0;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const [u, v] = xy[j]!;
          if ((u - x) ** 2 + (v - y) ** 2 <= r2) n++;
        }
      }
    }
    return n;
  });
}

/** The value at quantile q (0..1) of the numbers, nearest rank below. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}
