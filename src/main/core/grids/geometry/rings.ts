// Rings as arrays of [lng, lat]: "open" rings (no repeated closing vertex) for our own
// arithmetic, closed rings for GeoJSON. Outer rings counter-clockwise, holes clockwise
// (RFC 7946), so every polygon we return has one orientation whatever we were given.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox, LngLat } from '../../../../shared/views';
import { closestOnSegment, samePoint, signedArea2, toLngLat } from './planar';
import { SAME_POINT_DEG } from './tolerance';

/** Drops the closing vertex and consecutive duplicates. */
export function openRing(ring: readonly Position[], tol = SAME_POINT_DEG): LngLat[] {
  const out: LngLat[] = [];
  for (const pos of ring) {
    const p = toLngLat(pos);
    if (out.length === 0 || !samePoint(out[out.length - 1]!, p, tol)) out.push(p);
  }
  while (out.length > 1 && samePoint(out[0]!, out[out.length - 1]!, tol)) out.pop();
  return out;
}

export function closeRing(ring: readonly LngLat[]): LngLat[] {
  const first = ring[0];
  return first ? [...ring, [first[0], first[1]]] : [];
}

/** Open rings of a polygon (outer first). */
export function polygonRings(polygon: Polygon): LngLat[][] {
  return polygon.coordinates.map((r) => openRing(r));
}

/** A GeoJSON polygon from open rings, outer ring counter-clockwise and holes clockwise. */
export function polygonOf(rings: readonly (readonly LngLat[])[]): Polygon {
  return {
    type: 'Polygon',
    coordinates: rings.map((ring, i) => {
      const ccw = signedArea2(ring) > 0;
      const wanted = i === 0;
      return closeRing(ccw === wanted ? ring : [...ring].reverse());
    }),
  };
}

/** The polygons of a Polygon or MultiPolygon. */
export function piecesOf(geometry: Polygon | MultiPolygon | null | undefined): Polygon[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry];
  return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** Polygon when one piece, MultiPolygon when several, null when none. */
export function fromPieces(pieces: readonly Polygon[]): Polygon | MultiPolygon | null {
  if (pieces.length === 0) return null;
  if (pieces.length === 1) return pieces[0]!;
  return { type: 'MultiPolygon', coordinates: pieces.map((p) => p.coordinates) };
}

export function bboxOfRings(rings: readonly (readonly LngLat[])[]): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}

export function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  return bboxOfRings(piecesOf(geometry).flatMap((p) => p.coordinates.map((r) => r.map(toLngLat))));
}

/**
 * Pieces ordered by their boxes (west, south, east, north edge): one order whichever
 * clipping made them (the whole street at once or window by window).
 */
export function inReadingOrder(pieces: readonly Polygon[]): Polygon[] {
  const keyed = pieces.map((p) => ({ p, b: bboxOf(p) }));
  keyed.sort((x, y) => x.b[0] - y.b[0] || x.b[1] - y.b[1] || x.b[2] - y.b[2] || x.b[3] - y.b[3]);
  return keyed.map((k) => k.p);
}

export function boxesMeet(a: BBox, b: BBox, pad = 0): boolean {
  return a[0] - pad <= b[2] && b[0] - pad <= a[2] && a[1] - pad <= b[3] && b[1] - pad <= a[3];
}

/** The box grown by `pad` degrees on every side. */
export function padBox(b: BBox, pad: number): BBox {
  return [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad];
}

/**
 * Removes vertices that lie on the straight line between their neighbours (within `tol`),
 * and zero-width spikes, but only where `removable` agrees: a collinear vertex can be a
 * corner of a third grid (a T-junction), which must stay for the map to stay topological.
 */
export function dropStraightVertices(ring: readonly LngLat[], removable: (p: LngLat) => boolean, tol = SAME_POINT_DEG): LngLat[] {
  const out = [...ring];
  let changed = true;
  while (changed && out.length > 3) {
    changed = false;
    for (let i = 0; i < out.length && out.length > 3; i++) {
      const prev = out[(i - 1 + out.length) % out.length]!;
      const cur = out[i]!;
      const next = out[(i + 1) % out.length]!;
      const straight =
        samePoint(prev, cur, tol) ||
        samePoint(cur, next, tol) ||
        // On the line between its neighbours, or the tip of a spike that doubles back.
        closestOnSegment(cur, prev, next).dist <= tol ||
        closestOnSegment(next, prev, cur).dist <= tol ||
        closestOnSegment(prev, cur, next).dist <= tol;
      if (straight && removable(cur)) {
        out.splice(i, 1);
        i--;
        changed = true;
      }
    }
  }
  return out;
}
