// Topological vertex editing: when the user reshapes one grid, the neighbours that share
// its boundary follow, so no gap or overlap opens along the shared edge.
//
// 1. Align the rings before and after the edit (ringAlignment: terra-draw keeps ring
//    order; a midpoint inserted on an edge shifts later indexes by one). Vertices that
//    survive the edit (kept or moved) cut the old boundary into paths; each old path maps
//    onto the new path between the same two survivors, which holds any inserted vertices.
// 2. A neighbour vertex lying on a changed old path (at a fraction of its length) moves
//    to the same fraction of the new path: a shared vertex moves with the drag exactly,
//    and a neighbour's corner in the middle of an edge (a T-junction) stays on the edge.
// 3. A neighbour edge that runs along a changed old path receives the new path's inserted
//    vertices lying between its two ends, in the neighbour's own direction.
// Rings pair up by index (outer with outer, hole k with hole k). The neighbour keeps its
// ring order and start vertex, so its own next edit still aligns.
import type { Polygon } from 'geojson';
import type { BBox, LngLat } from '../../../../shared/views';
import { closestOnSegment, distance, lerp, samePoint } from './planar';
import { alignRings } from './ringAlignment';
import { bboxOfRings, boxesMeet, closeRing, polygonRings } from './rings';

interface Path {
  before: LngLat[];
  after: LngLat[];
  /** Cumulative length at each vertex, over the total (0..1). */
  beforeFrac: number[];
  afterFrac: number[];
  box: BBox;
}

interface Location {
  path: number;
  f: number;
}

export function propagateVertexMoves(before: Polygon, after: Polygon, neighbour: Polygon, toleranceDeg = 1e-9): Polygon | null {
  const paths = changedPaths(polygonRings(before), polygonRings(after), toleranceDeg);
  if (paths.length === 0) return null;

  const locate = (p: LngLat): Location[] => {
    const out: Location[] = [];
    paths.forEach((path, k) => {
      if (!boxesMeet(path.box, [p[0], p[1], p[0], p[1]], toleranceDeg)) return;
      const f = fractionOn(path, p, toleranceDeg);
      if (f !== null) out.push({ path: k, f });
    });
    return out;
  };

  let changed = false;
  const rings = neighbour.coordinates.map((closed) => {
    const ring = polygonRings({ type: 'Polygon', coordinates: [closed] })[0] ?? [];
    const locs = ring.map(locate);
    const out: LngLat[] = [];
    ring.forEach((v, i) => {
      const here = locs[i]!;
      const moved = here.length > 0 ? pointAt(paths[here[0]!.path]!, here[0]!.f) : v;
      if (moved[0] !== v[0] || moved[1] !== v[1]) changed = true;
      out.push(moved);
      const j = (i + 1) % ring.length;
      const inserted = insertedBetween(paths, here, locs[j]!, lerp(v, ring[j]!, 0.5), toleranceDeg);
      if (inserted.length > 0) changed = true;
      out.push(...inserted);
    });
    return closeRing(dedupe(out));
  });
  return changed ? { type: 'Polygon', coordinates: rings } : null;
}

/** The old → new paths between surviving vertices, for every ring pair, where they differ. */
function changedPaths(beforeRings: readonly LngLat[][], afterRings: readonly LngLat[][], tol: number): Path[] {
  const paths: Path[] = [];
  for (let r = 0; r < Math.min(beforeRings.length, afterRings.length); r++) {
    const b = beforeRings[r]!;
    const a = afterRings[r]!;
    const map = alignRings(b, a, tol);
    const survivors: number[] = [];
    map.forEach((j, i) => {
      if (j >= 0) survivors.push(i);
    });
    for (let k = 0; k < survivors.length; k++) {
      const s = survivors[k]!;
      const t = survivors[(k + 1) % survivors.length]!;
      const beforePath = cyclicSlice(b, s, t);
      const afterPath = cyclicSlice(a, map[s]!, map[t]!);
      const same = beforePath.length === afterPath.length && beforePath.every((p, i) => samePoint(p, afterPath[i]!, tol));
      if (same) continue;
      paths.push({
        before: beforePath,
        after: afterPath,
        beforeFrac: fractions(beforePath),
        afterFrac: fractions(afterPath),
        box: bboxOfRings([beforePath]),
      });
    }
  }
  return paths;
}

/** Vertices from index `from` forward to `to` (inclusive); all the way round when from === to. */
function cyclicSlice(ring: readonly LngLat[], from: number, to: number): LngLat[] {
  const n = ring.length;
  const steps = (((to - from) % n) + n) % n || n;
  const out: LngLat[] = [];
  for (let k = 0; k <= steps; k++) out.push(ring[(from + k) % n]!);
  return out;
}

function fractions(path: readonly LngLat[]): number[] {
  const cum = [0];
  for (let i = 1; i < path.length; i++) cum.push(cum[i - 1]! + distance(path[i - 1]!, path[i]!));
  const total = cum[cum.length - 1]!;
  return cum.map((c, i) => (i === cum.length - 1 ? 1 : total > 0 ? c / total : 0));
}

/** Where p lies along the old path, as a fraction of its length, or null when off it. */
function fractionOn(path: Path, p: LngLat, tol: number): number | null {
  const pts = path.before;
  if (samePoint(p, pts[0]!, tol)) return 0;
  if (samePoint(p, pts[pts.length - 1]!, tol)) return 1;
  for (let i = 0; i + 1 < pts.length; i++) {
    const c = closestOnSegment(p, pts[i]!, pts[i + 1]!);
    if (c.dist <= tol) return path.beforeFrac[i]! + c.t * (path.beforeFrac[i + 1]! - path.beforeFrac[i]!);
  }
  return null;
}

/** The point at fraction f along the new path (its end vertices exactly at 0 and 1). */
function pointAt(path: Path, f: number): LngLat {
  const pts = path.after;
  if (f <= 0) return pts[0]!;
  if (f >= 1) return pts[pts.length - 1]!;
  const fr = path.afterFrac;
  for (let i = 0; i + 1 < pts.length; i++) {
    if (f <= fr[i + 1]!) {
      const span = fr[i + 1]! - fr[i]!;
      return lerp(pts[i]!, pts[i + 1]!, span > 0 ? (f - fr[i]!) / span : 0);
    }
  }
  return pts[pts.length - 1]!;
}

/** Inserted vertices of a new path that belong on the neighbour edge from a to b. */
function insertedBetween(paths: readonly Path[], at: readonly Location[], next: readonly Location[], mid: LngLat, tol: number): LngLat[] {
  for (const la of at) {
    const lb = next.find((l) => l.path === la.path && l.f !== la.f);
    if (!lb) continue;
    const path = paths[la.path]!;
    // The edge must run along the path, not cut across a bend of it.
    const fm = fractionOn(path, mid, tol);
    const lo = Math.min(la.f, lb.f);
    const hi = Math.max(la.f, lb.f);
    if (fm === null || fm <= lo || fm >= hi) continue;
    const inner: LngLat[] = [];
    for (let i = 1; i + 1 < path.after.length; i++) {
      const g = path.afterFrac[i]!;
      if (g > lo && g < hi) inner.push(path.after[i]!);
    }
    return la.f < lb.f ? inner : inner.reverse();
  }
  return [];
}

function dedupe(ring: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  for (const p of ring) if (out.length === 0 || !samePoint(out[out.length - 1]!, p, 0)) out.push(p);
  while (out.length > 1 && samePoint(out[0]!, out[out.length - 1]!, 0)) out.pop();
  return out;
}
