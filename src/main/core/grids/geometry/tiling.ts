// A cheap proof that the grids tile the street, so the three clipping rules (overlaps,
// gaps, area outside the street) have nothing to report and their exact big-number
// clipping (three quarters of a whole-street check) can be skipped.
//
// The grids' rings (outer counter-clockwise, holes clockwise) and the street's rings
// reversed form a chain of directed edges. Its winding number at a point is
// (grids covering the point) − (1 inside the street), so it is zero everywhere exactly
// when the grids tile the street. It is zero everywhere when every directed edge is
// cancelled by the same edge run the other way, which only needs coordinates compared
// for equality: shared vertices are bit-identical. A vertex lying on another ring's edge
// (a T-junction left by a split) splits that edge first; it may sit off the line by a
// rounding error, and the thin triangles this ignores are added up as slack. When all
// edges cancel and the slack is far below the smallest area a rule reports, no overlap,
// gap or outside piece can reach that area. Anything else (an edge left over, a ring
// whose orientation is in doubt, holes that are not simply inside their outer ring)
// answers "not proven" and the exact rules decide, as before.
import type { Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { BoxIndex } from './boxIndex';
import { closestOnSegment, insideRing, signedArea2 } from './planar';
import { ringCrossings } from './crossings';
import { bboxOfRings, openRing, polygonRings } from './rings';
import { METRES_PER_DEG_LAT, SAME_POINT_DEG, metresPerDegLng } from './tolerance';
import type { GridShape } from './types';

/** The slack must stay below this share of the smallest reported area. */
const SLACK_SHARE = 0.25;
/** Below this smallest area the exact rules report numerical dust, which no proof here can rule out. */
const MIN_PROVABLE_AREA_M2 = 0.01;

/**
 * True when the grids provably tile the street to within far less than `minAreaM2`.
 * The grids' rings must not cross or touch themselves (validateGrids leaves such grids
 * out): a crossed ring's winding number is not its inside.
 */
export function gridsTileStreet(street: Polygon, grids: readonly GridShape[], minAreaM2: number): boolean {
  const balance = edgeBalance(street, grids, minAreaM2);
  return balance !== null && balance.unbalanced.length === 0;
}

export interface EdgeBalance {
  /**
   * The edges (split at T-junction vertices) that other edges do not cancel. The winding
   * number changes only across these, so every overlap, gap and piece outside the street
   * is bounded by them, up to the ignored slivers.
   */
  unbalanced: [LngLat, LngLat][];
}

/**
 * The edges left over when the grids' edges and the street's reversed edges cancel, or
 * null when the argument cannot be made: rings whose orientation is in doubt, a street
 * that crosses itself, or ignored slivers (slack) not far below `minAreaM2`.
 */
export function edgeBalance(street: Polygon, grids: readonly GridShape[], minAreaM2: number): EdgeBalance | null {
  if (!(minAreaM2 >= MIN_PROVABLE_AREA_M2)) return null;
  if (ringCrossings(polygonRings(street)).length > 0) return null;
  const rings: LngLat[][] = [];
  for (const g of grids) {
    const oriented = orientedRings(g.geometry, false);
    if (!oriented) return null;
    rings.push(...oriented);
  }
  const reversed = orientedRings(street, true);
  if (!reversed) return null;
  rings.push(...reversed);

  const vertices: LngLat[] = rings.flat();
  const index = new BoxIndex(vertices.map(([x, y]) => [x, y, x, y]));
  const balance = new Map<string, Edge>();
  let slackDeg2 = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const path = splitAtVertices(a, b, vertices, index);
      slackDeg2 += fanArea(path);
      for (let k = 1; k < path.length; k++) count(balance, path[k - 1]!, path[k]!);
    }
  }

  // Degrees² to m², with the widest longitude scale over the street (an upper bound).
  const [, s, , n] = bboxOfRings(rings);
  const nearestEquator = s <= 0 && n >= 0 ? 0 : Math.min(Math.abs(s), Math.abs(n));
  const slackM2 = slackDeg2 * METRES_PER_DEG_LAT * metresPerDegLng(nearestEquator);
  if (slackM2 > SLACK_SHARE * minAreaM2) return null;
  const unbalanced: [LngLat, LngLat][] = [];
  for (const e of balance.values()) if (e.n !== 0) unbalanced.push([e.p, e.q]);
  return { unbalanced };
}

/**
 * Open rings, outer ring counter-clockwise and holes clockwise (or the reverse when
 * `reverse`), or null when that cannot be trusted: a ring too flat for its signed area to
 * have a sure sign, or a hole not inside its outer ring or inside another hole.
 */
export function orientedRings(polygon: Polygon, reverse: boolean): LngLat[][] | null {
  const rings = polygon.coordinates.map((r) => openRing(r, 0));
  const out: LngLat[][] = [];
  for (let i = 0; i < rings.length; i++) {
    const ring = rings[i]!;
    if (ring.length < 3) return null;
    const [w, s, e, n] = bboxOfRings([ring]);
    const area2 = signedArea2(ring);
    // Rounding error of the shoelace sum is far below n·ε·extent²; a smaller area has no sure sign.
    if (Math.abs(area2) <= ring.length * 1e-12 * ((e - w) ** 2 + (n - s) ** 2)) return null;
    if (i > 0) {
      const at = ring[0]!;
      if (!insideRing(at, rings[0]!)) return null;
      if (rings.some((other, j) => j > 0 && j !== i && insideRing(at, other))) return null;
    }
    const wantCcw = (i === 0) !== reverse;
    out.push(area2 > 0 === wantCcw ? ring : [...ring].reverse());
  }
  return out;
}

/** a, then every vertex lying on segment ab (within SAME_POINT_DEG) in order along it, then b. */
function splitAtVertices(a: LngLat, b: LngLat, vertices: readonly LngLat[], index: BoxIndex): LngLat[] {
  const tol = SAME_POINT_DEG;
  const hits: { t: number; p: LngLat }[] = [];
  const seen = new Set<string>();
  const box: [number, number, number, number] = [Math.min(a[0], b[0]) - tol, Math.min(a[1], b[1]) - tol, Math.max(a[0], b[0]) + tol, Math.max(a[1], b[1]) + tol];
  for (const k of index.search(box)) {
    const p = vertices[k]!;
    if (same(p, a) || same(p, b)) continue;
    const { t, dist } = closestOnSegment(p, a, b);
    if (dist > tol || t <= 0 || t >= 1) continue;
    const key = keyOf(p);
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push({ t, p });
  }
  hits.sort((x, y) => x.t - y.t);
  return [a, ...hits.map((h) => h.p), b];
}

/**
 * An upper bound on the area between the straight edge and the path through its split
 * points: the fan of triangles from the first point, each counted by its absolute area.
 */
function fanArea(path: readonly LngLat[]): number {
  if (path.length <= 2) return 0;
  const o = path[0]!;
  let sum = 0;
  for (let k = 1; k + 1 < path.length; k++) {
    const p = path[k]!;
    const q = path[k + 1]!;
    sum += Math.abs((p[0] - o[0]) * (q[1] - o[1]) - (q[0] - o[0]) * (p[1] - o[1])) / 2;
  }
  // Relative rounding of the products above, made explicit so a bound never rounds down.
  return sum * (1 + 1e-9);
}

interface Edge {
  p: LngLat;
  q: LngLat;
  /** Times run p→q minus times run q→p. */
  n: number;
}

/** +1 for p→q, −1 for q→p, under one key per undirected edge. */
function count(balance: Map<string, Edge>, p: LngLat, q: LngLat): void {
  const kp = keyOf(p);
  const kq = keyOf(q);
  if (kp === kq) return;
  const forward = kp < kq;
  const key = forward ? `${kp} ${kq}` : `${kq} ${kp}`;
  const edge = balance.get(key);
  if (edge) edge.n += forward ? 1 : -1;
  else balance.set(key, forward ? { p, q, n: 1 } : { p: q, q: p, n: -1 });
}

function same(p: LngLat, q: LngLat): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

// Number-to-string is exact (shortest round-trip form), so equal keys mean equal coordinates.
function keyOf(p: LngLat): string {
  return `${p[0]},${p[1]}`;
}
