// Snapping: closes gaps and slivers narrower than a tolerance the administrator sets by
// moving vertices, first onto a vertex of another outline within the tolerance, else onto
// the nearest edge of another outline (or of a fixed outline such as the street boundary).
// Files digitised by hand leave such hairline gaps between neighbours; the grid rules would
// report each of them. Nothing is snapped beyond the tolerance, so real gaps stay visible.
import Flatbush from 'flatbush';
import type { Polygon, Position } from 'geojson';

const M_PER_DEG = 111_320;

interface Vertex {
  poly: number;
  ring: number;
  index: number;
}

export interface SnapResult {
  polygons: Polygon[];
  moved: number;
}

/** `fixed` outlines attract vertices but never move. Tolerance in metres (0: nothing moves). */
export function snapPolygons(polygons: readonly Polygon[], fixed: readonly Polygon[], toleranceM: number): SnapResult {
  const out: Polygon[] = polygons.map((p) => ({ type: 'Polygon', coordinates: p.coordinates.map((r) => r.map((q) => [q[0]!, q[1]!])) }));
  if (toleranceM <= 0 || out.length === 0) return { polygons: out, moved: 0 };
  const all = [...out, ...fixed];
  const firstLat = out[0]!.coordinates[0]![0]![1]!;
  const kx = Math.cos((firstLat * Math.PI) / 180);
  const tolY = toleranceM / M_PER_DEG;
  const tolX = tolY / kx;
  const dist2 = (a: Position, b: Position) => ((a[0]! - b[0]!) * kx) ** 2 + (a[1]! - b[1]!) ** 2;
  const tol2 = tolY * tolY;

  // Every vertex (closing vertex left out: it follows the first) and every segment, indexed.
  const vertices: Vertex[] = [];
  const segments: { poly: number; a: Position; b: Position }[] = [];
  all.forEach((p, poly) =>
    p.coordinates.forEach((ring, r) => {
      for (let i = 0; i < ring.length - 1; i++) {
        vertices.push({ poly, ring: r, index: i });
        segments.push({ poly, a: ring[i]!, b: ring[i + 1]! });
      }
    }),
  );
  const at = (v: Vertex) => all[v.poly]!.coordinates[v.ring]![v.index]!;
  const vIndex = new Flatbush(Math.max(1, vertices.length));
  for (const v of vertices) {
    const p = at(v);
    vIndex.add(p[0]!, p[1]!, p[0]!, p[1]!);
  }
  if (vertices.length === 0) vIndex.add(0, 0, 0, 0);
  vIndex.finish();
  const sIndex = new Flatbush(Math.max(1, segments.length));
  for (const s of segments) sIndex.add(Math.min(s.a[0]!, s.b[0]!), Math.min(s.a[1]!, s.b[1]!), Math.max(s.a[0]!, s.b[0]!), Math.max(s.a[1]!, s.b[1]!));
  if (segments.length === 0) sIndex.add(0, 0, 0, 0);
  sIndex.finish();

  // Original positions: anchors are judged where they were, so the result does not depend on order more than it must.
  const original = vertices.map((v) => [...at(v)] as Position);
  const anchored = new Set<number>();
  let moved = 0;
  const movable = polygons.length;
  for (let vi = 0; vi < vertices.length; vi++) {
    const v = vertices[vi]!;
    if (v.poly >= movable || anchored.has(vi)) continue;
    const p = original[vi]!;
    let best: Position | null = null;
    let bestD = tol2;
    for (const j of vIndex.search(p[0]! - tolX, p[1]! - tolY, p[0]! + tolX, p[1]! + tolY)) {
      if (vertices[j]!.poly === v.poly) continue;
      const q = original[j]!;
      const d = dist2(p, q);
      if (d > 0 && d <= bestD) {
        bestD = d;
        best = q;
      } else if (d === 0) {
        best = null;
        bestD = 0;
        break;
      }
    }
    if (bestD === 0) continue; // already shared
    if (!best) {
      for (const j of sIndex.search(p[0]! - tolX, p[1]! - tolY, p[0]! + tolX, p[1]! + tolY)) {
        const s = segments[j]!;
        if (s.poly === v.poly) continue;
        const q = project(p, s.a, s.b, kx);
        const d = dist2(p, q);
        if (d > 1e-20 && d <= bestD) {
          bestD = d;
          best = q;
        }
      }
    }
    if (!best) continue;
    // The vertex snapped to stays put from now on, so two neighbours meet instead of swapping.
    for (const j of vIndex.search(best[0]!, best[1]!, best[0]!, best[1]!)) anchored.add(j);
    const ring = out[v.poly]!.coordinates[v.ring]!;
    ring[v.index] = [best[0]!, best[1]!];
    if (v.index === 0) ring[ring.length - 1] = [best[0]!, best[1]!];
    moved++;
  }
  return { polygons: out, moved };
}

/** The nearest point of segment ab to p, in a plane scaled by cos(latitude). */
function project(p: Position, a: Position, b: Position, kx: number): Position {
  const ax = a[0]! * kx;
  const bx = b[0]! * kx;
  const px = p[0]! * kx;
  const dx = bx - ax;
  const dy = b[1]! - a[1]!;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1]! - a[1]!) * dy) / len2));
  return [(ax + t * dx) / kx, a[1]! + t * dy];
}
