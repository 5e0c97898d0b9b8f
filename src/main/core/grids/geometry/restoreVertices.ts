// polyclip (under turf's union, intersect and difference) drops every vertex that lies on
// a straight line between its neighbours. On a grid map such a vertex is often a corner of
// a neighbouring grid (a T-junction), and the neighbour shares it exactly; losing it would
// break the shared-vertex topology the editor relies on. This puts input vertices that lie
// on an output edge back into that edge.
import type { LngLat } from '../../../../shared/views';
import { BoxIndex } from './boxIndex';
import { closestOnSegment, samePoint } from './planar';
import { SAME_POINT_DEG } from './tolerance';

/** Vertices this close to an output edge (degrees, about 1 mm) lie on it. */
const ON_EDGE_DEG = 1e-8;

export function restoreVertices(ring: readonly LngLat[], sources: readonly LngLat[]): LngLat[] {
  if (sources.length === 0) return [...ring];
  const index = new BoxIndex(sources.map(([x, y]) => [x, y, x, y]));
  const out: LngLat[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    out.push(a);
    const box: [number, number, number, number] = [Math.min(a[0], b[0]) - ON_EDGE_DEG, Math.min(a[1], b[1]) - ON_EDGE_DEG, Math.max(a[0], b[0]) + ON_EDGE_DEG, Math.max(a[1], b[1]) + ON_EDGE_DEG];
    const onEdge: { t: number; p: LngLat }[] = [];
    for (const k of index.search(box)) {
      const p = sources[k]!;
      if (samePoint(p, a, SAME_POINT_DEG) || samePoint(p, b, SAME_POINT_DEG)) continue;
      const c = closestOnSegment(p, a, b);
      if (c.dist <= ON_EDGE_DEG && c.t > 0 && c.t < 1 && !onEdge.some((e) => samePoint(e.p, p))) onEdge.push({ t: c.t, p });
    }
    onEdge.sort((x, y) => x.t - y.t);
    for (const e of onEdge) out.push(e.p);
  }
  return out;
}
