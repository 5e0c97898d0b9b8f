// Plane primitives on [lng, lat] pairs. Topology (which side, where two edges cross) is
// decided in degrees: over a street the map from degrees to metres is affine, so
// crossings and sidedness are the same in both, and staying in degrees keeps the cut
// vertices bit-identical to what the caller stores.
import type { Position } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { SAME_POINT_DEG } from './tolerance';

export function toLngLat(p: Position): LngLat {
  return [p[0] ?? Number.NaN, p[1] ?? Number.NaN];
}

export function samePoint(a: LngLat, b: LngLat, tol = SAME_POINT_DEG): boolean {
  return Math.abs(a[0] - b[0]) <= tol && Math.abs(a[1] - b[1]) <= tol;
}

export function distance(a: LngLat, b: LngLat): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Closest point of segment ab to p: its parameter along ab (0..1) and the distance to it. */
export function closestOnSegment(p: LngLat, a: LngLat, b: LngLat): { t: number; dist: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return { t, dist: Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]) };
}

export function lerp(a: LngLat, b: LngLat, t: number): LngLat {
  if (t === 0) return a;
  if (t === 1) return b;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export type SegmentContact =
  | { kind: 'none' }
  /** One common point: `t` along pq, `u` along ab (both 0..1), `point` on ab. */
  | { kind: 'point'; t: number; u: number; point: LngLat }
  /** Collinear with a common stretch longer than the tolerance: `t0..t1` along pq. */
  | { kind: 'overlap'; t0: number; t1: number };

/**
 * How segment pq meets segment ab, with end points that lie within `tol` of the other
 * segment counted as touching (a line snapped to a vertex must count as reaching it).
 */
export function segmentContact(p: LngLat, q: LngLat, a: LngLat, b: LngLat, tol = SAME_POINT_DEG): SegmentContact {
  const rx = q[0] - p[0];
  const ry = q[1] - p[1];
  const sx = b[0] - a[0];
  const sy = b[1] - a[1];
  const lenR = Math.hypot(rx, ry);
  const lenS = Math.hypot(sx, sy);
  if (lenR === 0 || lenS === 0) return { kind: 'none' };
  // Quick reject on boxes widened by the tolerance.
  if (Math.max(p[0], q[0]) < Math.min(a[0], b[0]) - tol || Math.min(p[0], q[0]) > Math.max(a[0], b[0]) + tol) return { kind: 'none' };
  if (Math.max(p[1], q[1]) < Math.min(a[1], b[1]) - tol || Math.min(p[1], q[1]) > Math.max(a[1], b[1]) + tol) return { kind: 'none' };

  const denom = rx * sy - ry * sx;
  const apx = a[0] - p[0];
  const apy = a[1] - p[1];
  // Distances of a and b from the line through pq.
  const da = Math.abs(apx * ry - apy * rx) / lenR;
  const db = Math.abs((b[0] - p[0]) * ry - (b[1] - p[1]) * rx) / lenR;
  if (da <= tol && db <= tol) {
    // Collinear: compare the parameter ranges along pq.
    const ta = (apx * rx + apy * ry) / (lenR * lenR);
    const tb = ((b[0] - p[0]) * rx + (b[1] - p[1]) * ry) / (lenR * lenR);
    const lo = Math.max(0, Math.min(ta, tb));
    const hi = Math.min(1, Math.max(ta, tb));
    const tolT = tol / lenR;
    if (hi - lo > tolT) return { kind: 'overlap', t0: lo, t1: hi };
    if (hi - lo < -tolT) return { kind: 'none' };
    const t = Math.max(0, Math.min(1, (lo + hi) / 2));
    const point = lerp(p, q, t);
    const u = closestOnSegment(point, a, b).t;
    return { kind: 'point', t, u, point: snapToEnds(lerp(a, b, u), a, b, tol) };
  }

  // End points within the tolerance of the other segment touch it (robust T-contacts).
  const touches: { t: number; u: number }[] = [];
  const cpA = closestOnSegment(a, p, q);
  if (cpA.dist <= tol) touches.push({ t: cpA.t, u: 0 });
  const cpB = closestOnSegment(b, p, q);
  if (cpB.dist <= tol) touches.push({ t: cpB.t, u: 1 });
  const cpP = closestOnSegment(p, a, b);
  if (cpP.dist <= tol) touches.push({ t: 0, u: cpP.t });
  const cpQ = closestOnSegment(q, a, b);
  if (cpQ.dist <= tol) touches.push({ t: 1, u: cpQ.t });
  if (touches.length > 0) {
    const first = touches[0]!;
    return { kind: 'point', t: first.t, u: first.u, point: snapToEnds(lerp(a, b, first.u), a, b, tol) };
  }
  if (denom === 0) return { kind: 'none' };
  const t = (apx * sy - apy * sx) / denom;
  const u = (apx * ry - apy * rx) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return { kind: 'none' };
  return { kind: 'point', t, u, point: lerp(a, b, u) };
}

function snapToEnds(p: LngLat, a: LngLat, b: LngLat, tol: number): LngLat {
  if (samePoint(p, a, tol)) return a;
  if (samePoint(p, b, tol)) return b;
  return p;
}

/** Twice the signed area (positive counter-clockwise), in degrees². */
export function signedArea2(ring: readonly LngLat[]): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    // Relative to the first vertex: keeps precision with coordinates near (106, 29).
    sum += (a[0] - ring[0]![0]) * (b[1] - ring[0]![1]) - (b[0] - ring[0]![0]) * (a[1] - ring[0]![1]);
  }
  return sum;
}

/** Even-odd point-in-ring on an open ring; points on the boundary may go either way. */
export function insideRing(p: LngLat, ring: readonly LngLat[]): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Distance from p to the nearest edge of an open ring. */
export function distanceToRing(p: LngLat, ring: readonly LngLat[]): number {
  let best = Infinity;
  const n = ring.length;
  for (let i = 0; i < n; i++) best = Math.min(best, closestOnSegment(p, ring[i]!, ring[(i + 1) % n]!).dist);
  return best;
}
