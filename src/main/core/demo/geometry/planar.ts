// Plane geometry in local metres (x east, y north) for the street plan. Polygons are
// convex quadrilaterals or simple rings, counter-clockwise.

export interface Pt {
  x: number;
  y: number;
}

export type Quad = readonly [Pt, Pt, Pt, Pt];

export function lerp(a: Pt, b: Pt, t: number): Pt {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/**
 * Bilinear point of a quad [p00, p10, p11, p01] (counter-clockwise from bottom-left) at
 * (s, t) in [0,1]². Lines of constant s or t are straight, so the images of a grid of
 * sub-rectangles are quadrilaterals that tile the quad without overlap.
 */
export function bilinear(q: Quad, s: number, t: number): Pt {
  const bottom = lerp(q[0], q[1], s);
  const top = lerp(q[3], q[2], s);
  return lerp(bottom, top, t);
}

/** The sub-quad of q covering [s0,s1]×[t0,t1] in bilinear coordinates. */
export function subQuad(q: Quad, s0: number, s1: number, t0: number, t1: number): Quad {
  return [bilinear(q, s0, t0), bilinear(q, s1, t0), bilinear(q, s1, t1), bilinear(q, s0, t1)];
}

/** Signed area (positive when counter-clockwise). */
export function signedArea(ring: readonly Pt[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

export function centroid(ring: readonly Pt[]): Pt {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const cross = p.x * q.y - q.x * p.y;
    a += cross;
    cx += (p.x + q.x) * cross;
    cy += (p.y + q.y) * cross;
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

/** True when every turn of the counter-clockwise ring is a left turn by at least minSin (sine of the angle). */
export function isStrictlyConvex(ring: readonly Pt[], minSin = 0.2): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const c = ring[(i + 2) % ring.length]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross <= minSin * dist(a, b) * dist(b, c)) return false;
  }
  return true;
}

/**
 * Distance from p to the nearest edge of a convex counter-clockwise polygon, positive
 * inside, negative outside.
 */
export function insideDistance(poly: readonly Pt[], p: Pt): number {
  let min = Infinity;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const len = dist(a, b);
    const d = ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / len;
    if (d < min) min = d;
  }
  return min;
}

/**
 * A convex counter-clockwise quad moved inwards: edge i (from vertex i to i+1) by
 * distances[i]. Corners are where consecutive offset edges meet.
 */
export function insetQuad(q: Quad, distances: readonly [number, number, number, number]): Quad {
  const lines = q.map((a, i) => {
    const b = q[(i + 1) % 4]!;
    const len = dist(a, b);
    // Inward normal of a counter-clockwise ring is the edge direction turned left.
    const nx = -(b.y - a.y) / len;
    const ny = (b.x - a.x) / len;
    const d = distances[i]!;
    return { p: { x: a.x + nx * d, y: a.y + ny * d }, dir: { x: b.x - a.x, y: b.y - a.y } };
  });
  const corner = (i: number): Pt => {
    const l1 = lines[(i + 3) % 4]!;
    const l2 = lines[i]!;
    const den = l1.dir.x * l2.dir.y - l1.dir.y * l2.dir.x;
    const t = ((l2.p.x - l1.p.x) * l2.dir.y - (l2.p.y - l1.p.y) * l2.dir.x) / den;
    return { x: l1.p.x + l1.dir.x * t, y: l1.p.y + l1.dir.y * t };
  };
  return [corner(0), corner(1), corner(2), corner(3)];
}

/** Rectangle centred at c, long axis along unit vector u, half sizes hu (along u) and hv; counter-clockwise. */
export function orientedRect(c: Pt, u: Pt, hu: number, hv: number): Quad {
  const v = { x: -u.y, y: u.x };
  const at = (su: number, sv: number): Pt => ({ x: c.x + u.x * hu * su + v.x * hv * sv, y: c.y + u.y * hu * su + v.y * hv * sv });
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}

export function unit(a: Pt, b: Pt): Pt {
  const len = dist(a, b);
  return { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
}

/** Parameter of the projection of p on segment ab, clamped to [0,1], and the distance to it. */
export function projectOnSegment(p: Pt, a: Pt, b: Pt): { t: number; distance: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return { t, distance: Math.hypot(a.x + dx * t - p.x, a.y + dy * t - p.y) };
}
