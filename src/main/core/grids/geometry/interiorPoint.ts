// A point strictly inside a polygon, near its middle, for "fly to the problem". A centre
// of mass can fall outside an L-shaped gap and turf's pointOnFeature then returns a
// vertex, on the boundary; instead, as GEOS does, we cut the shape with a horizontal
// line at mid-height (nudged off every vertex) and take the middle of the widest span.
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { signedArea2 } from './planar';
import { openRing, piecesOf } from './rings';

export function interiorPoint(geometry: Polygon | MultiPolygon): LngLat {
  // For several pieces, the largest one: that is where the eye goes.
  let best: LngLat[][] | null = null;
  let bestArea = -1;
  for (const piece of piecesOf(geometry)) {
    const rings = piece.coordinates.map((r) => openRing(r, 0));
    const outer = rings[0];
    if (!outer || outer.length === 0) continue;
    const a = Math.abs(signedArea2(outer));
    if (a > bestArea) {
      bestArea = a;
      best = rings;
    }
  }
  if (!best) return [Number.NaN, Number.NaN];
  const outer = best[0]!;
  if (bestArea === 0) return outer[0]!;

  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of outer) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const mid = (minY + maxY) / 2;
  // The scan line halfway between the vertex heights nearest the middle never meets a vertex.
  let below = minY;
  let above = maxY;
  for (const ring of best) {
    for (const [, y] of ring) {
      if (y <= mid && y > below) below = y;
      if (y > mid && y < above) above = y;
    }
  }
  const scanY = (below + above) / 2;
  const xs: number[] = [];
  for (const ring of best) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % n]!;
      if (a[1] > scanY !== b[1] > scanY) xs.push(a[0] + ((scanY - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
  }
  xs.sort((p, q) => p - q);
  let bestX = outer[0]![0];
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > widest) {
      widest = w;
      bestX = (xs[i]! + xs[i + 1]!) / 2;
    }
  }
  return [bestX, scanY];
}
