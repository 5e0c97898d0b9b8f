// Cutting a grid in two along a line the administrator draws across it.
//
// Method: find where the line meets the boundary; it must enter the outer ring once and
// leave it once, with nothing in between. Insert the entry E and exit X into the outer
// ring, then walk it: piece A is the ring from E forward to X plus the cut back from X to
// E, piece B the ring from X forward to E plus the cut from E to X. Holes go to the piece
// that holds them. Both pieces carry exactly the same cut vertices (no floating-point
// seam between them), and no clipping library is involved. The suggested alternative
// (extend the line past the box, close it into a cutter, intersect and subtract) can
// re-enter a concave grid on the extended part and cut away land the user did not cut.
import type { LineString, Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { polylineCrossings } from './crossings';
import { GeometryError } from './geometryError';
import { areaM2 } from './measure';
import { insideRing, lerp, samePoint, segmentContact, toLngLat } from './planar';
import { polygonOf, polygonRings } from './rings';

interface Hit {
  /** Position along the line: segment index + fraction. */
  s: number;
  ring: number;
  /** Edge of the ring (from vertex `edge` to `edge + 1`) and fraction along it. */
  edge: number;
  u: number;
  point: LngLat;
}

/** Pieces smaller than this (m²) are slivers of rounding, not a real split. */
const MIN_PIECE_M2 = 0.01;

export function splitPolygon(polygon: Polygon, line: LineString): [Polygon, Polygon] {
  const rings = polygonRings(polygon);
  const outer = rings[0];
  if (!outer || outer.length < 3) throw new GeometryError('invalidPolygon', 'The grid boundary needs at least three distinct corners.');
  const pts = openLine(line.coordinates.map(toLngLat));
  if (pts.length < 2) throw new GeometryError('lineDoesNotCross', 'The split line needs at least two distinct points.');
  if (polylineCrossings(pts).length > 0) throw new GeometryError('lineSelfIntersects', 'The split line crosses or doubles back on itself; draw it again without loops.');

  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const hits = boundaryHits(rings, pts);
  if (strictlyInside(first, rings, hits) || strictlyInside(last, rings, hits)) {
    throw new GeometryError('lineDoesNotCross', 'The split line must start and end outside the grid, crossing it from one side to the other.');
  }
  if (hits.length < 2) throw new GeometryError('lineDoesNotCross', 'The split line must cross the grid from one side to the other.');
  if (hits.length > 2) {
    throw new GeometryError('splitNotInTwo', `The split line meets the grid boundary ${hits.length} times; it must enter once and leave once, cutting the grid into exactly two pieces.`);
  }
  const [entry, exit] = hits as [Hit, Hit];
  if (entry.ring !== 0 || exit.ring !== 0) {
    throw new GeometryError('splitNotInTwo', 'The split line must enter and leave through the grid’s outer boundary, not through a hole.');
  }

  // Line vertices strictly between entry and exit form the inside of the cut.
  const cut: LngLat[] = [];
  for (let k = Math.floor(entry.s) + 1; k < exit.s; k++) {
    const p = pts[k]!;
    if (!samePoint(p, entry.point) && !samePoint(p, exit.point)) cut.push(p);
  }
  // With the ends outside and two hits, the line is inside between them, unless the first
  // hit only grazes the boundary (a line touching a corner from outside).
  const probe = lerp(entry.point, cut[0] ?? exit.point, 0.5);
  if (!insideRing(probe, outer) || rings.slice(1).some((h) => insideRing(probe, h))) {
    throw new GeometryError('lineDoesNotCross', 'The split line only touches the grid; it must run through it.');
  }

  const { ring, entryAt, exitAt } = insertOnRing(outer, entry, exit);
  const n = ring.length;
  const walk = (from: number, to: number): LngLat[] => {
    const out: LngLat[] = [];
    for (let i = from; ; i = (i + 1) % n) {
      out.push(ring[i]!);
      if (i === to) return out;
    }
  };
  const outerA = [...walk(entryAt, exitAt), ...[...cut].reverse()];
  const outerB = [...walk(exitAt, entryAt), ...cut];
  const holesA: LngLat[][] = [];
  const holesB: LngLat[][] = [];
  for (const hole of rings.slice(1)) (insideRing(hole[0]!, outerA) ? holesA : holesB).push(hole);

  const a = polygonOf([outerA, ...holesA]);
  const b = polygonOf([outerB, ...holesB]);
  if (outerA.length < 3 || outerB.length < 3 || areaM2(a) < MIN_PIECE_M2 || areaM2(b) < MIN_PIECE_M2) {
    throw new GeometryError('splitNotInTwo', 'The split line leaves a piece without area; draw it through the grid.');
  }
  return [a, b];
}

function openLine(points: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  for (const p of points) if (out.length === 0 || !samePoint(out[out.length - 1]!, p)) out.push(p);
  return out;
}

/** Every point where the line meets a ring, in order along the line, one per distinct point. */
function boundaryHits(rings: readonly LngLat[][], pts: readonly LngLat[]): Hit[] {
  const hits: Hit[] = [];
  for (let k = 0; k + 1 < pts.length; k++) {
    const p = pts[k]!;
    const q = pts[k + 1]!;
    rings.forEach((ring, r) => {
      for (let e = 0; e < ring.length; e++) {
        const contact = segmentContact(p, q, ring[e]!, ring[(e + 1) % ring.length]!);
        if (contact.kind === 'overlap') {
          throw new GeometryError('splitNotInTwo', 'The split line runs along the grid boundary; a cut must go through the grid.');
        }
        if (contact.kind === 'point') hits.push({ s: k + contact.t, ring: r, edge: e, u: contact.u, point: contact.point });
      }
    });
  }
  hits.sort((x, y) => x.s - y.s);
  // A line through a vertex meets both edges there, and a line vertex on an edge meets it
  // from both line segments: one hit per point.
  const distinct: Hit[] = [];
  for (const h of hits) if (!distinct.some((d) => samePoint(d.point, h.point))) distinct.push(h);
  return distinct;
}

function strictlyInside(p: LngLat, rings: readonly LngLat[][], hits: readonly Hit[]): boolean {
  if (hits.some((h) => samePoint(h.point, p))) return false;
  return insideRing(p, rings[0]!) && !rings.slice(1).some((h) => insideRing(p, h));
}

/** The outer ring with the entry and exit points in it (or found as existing vertices). */
function insertOnRing(outer: readonly LngLat[], entry: Hit, exit: Hit): { ring: LngLat[]; entryAt: number; exitAt: number } {
  const n = outer.length;
  const vertexOf = (h: Hit): number | null => {
    if (samePoint(h.point, outer[h.edge]!)) return h.edge;
    if (samePoint(h.point, outer[(h.edge + 1) % n]!)) return (h.edge + 1) % n;
    return null;
  };
  const extra = [entry, exit].filter((h) => vertexOf(h) === null);
  const ring: LngLat[] = [];
  let entryAt = -1;
  let exitAt = -1;
  for (let i = 0; i < n; i++) {
    if (vertexOf(entry) === i) entryAt = ring.length;
    if (vertexOf(exit) === i) exitAt = ring.length;
    ring.push(outer[i]!);
    for (const h of extra.filter((x) => x.edge === i).sort((x, y) => x.u - y.u)) {
      if (h === entry) entryAt = ring.length;
      else exitAt = ring.length;
      ring.push(h.point);
    }
  }
  if (entryAt === exitAt) throw new GeometryError('lineDoesNotCross', 'The split line enters and leaves the grid at the same point.');
  return { ring, entryAt, exitAt };
}
