import type { LineString, Polygon } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeometryError, areaM2, mergePolygons, splitPolygon } from '../../src/main/core/grids/geometry';
import { ringCrossings } from '../../src/main/core/grids/geometry/crossings';
import { polygonRings } from '../../src/main/core/grids/geometry/rings';

// Local units of 0.001° (about 97 m east, 111 m north) around Chongqing.
const D = 0.001;
const at = (x: number, y: number): [number, number] => [106.5 + x * D, 29.5 + y * D];
const poly = (...pts: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...pts.map(([x, y]) => at(x, y)), at(pts[0]![0], pts[0]![1])]] });
const line = (...pts: [number, number][]): LineString => ({ type: 'LineString', coordinates: pts.map(([x, y]) => at(x, y)) });
const square = poly([0, 0], [1, 0], [1, 1], [0, 1]);

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GeometryError) return e.code;
    throw e;
  }
  return 'no error';
}

const key = (p: [number, number]) => `${p[0]},${p[1]}`;
function sharedVertices(a: Polygon, b: Polygon): string[] {
  const kb = new Set(polygonRings(b)[0]!.map(key));
  return polygonRings(a)[0]!.map(key).filter((k) => kb.has(k));
}

describe('splitPolygon', () => {
  it('cuts a square along a straight line into two halves', () => {
    const [a, b] = splitPolygon(square, line([0.5, -0.5], [0.5, 1.5]));
    const total = areaM2(square);
    expect(areaM2(a) + areaM2(b)).toBeCloseTo(total, 3);
    expect(areaM2(a) / total).toBeCloseTo(0.5, 6);
    // Both halves carry the two cut points, bit for bit.
    expect(sharedVertices(a, b).sort()).toEqual([key(at(0.5, 0)), key(at(0.5, 1))].sort());
  });

  it('cuts along a zig-zag line, both pieces sharing every cut vertex', () => {
    const zig = line([-0.2, 0.3], [0.3, 0.6], [0.6, 0.2], [1.3, 0.7]);
    const [a, b] = splitPolygon(square, zig);
    expect(areaM2(a) + areaM2(b)).toBeCloseTo(areaM2(square), 3);
    expect(sharedVertices(a, b)).toHaveLength(4);
    expect(sharedVertices(a, b)).toEqual(expect.arrayContaining([key(at(0.3, 0.6)), key(at(0.6, 0.2))]));
    for (const p of [a, b]) expect(ringCrossings(polygonRings(p))).toEqual([]);
  });

  it('returns outer rings counter-clockwise and closed', () => {
    for (const p of splitPolygon(square, line([0.5, -1], [0.5, 2]))) {
      const ring = p.coordinates[0]!;
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      let s = 0;
      for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
      expect(s).toBeGreaterThan(0);
    }
  });

  it('accepts a line through a corner, and one whose ends are snapped onto the boundary', () => {
    const [a, b] = splitPolygon(square, line([-0.5, -0.5], [1.5, 1.5]));
    expect(areaM2(a) / areaM2(square)).toBeCloseTo(0.5, 6);
    expect(areaM2(b) / areaM2(square)).toBeCloseTo(0.5, 6);
    const [c, d] = splitPolygon(square, line([0, 0.25], [1, 0.25]));
    // Areas are spherical: a quarter of the height is a quarter of the area to about 1e-6.
    expect(Math.min(areaM2(c), areaM2(d)) / areaM2(square)).toBeCloseTo(0.25, 5);
  });

  it('takes a bite when the line enters and leaves through the same edge', () => {
    const [a, b] = splitPolygon(square, line([0.2, -0.3], [0.3, 0.4], [0.6, 0.4], [0.7, -0.3]));
    expect(Math.min(areaM2(a), areaM2(b))).toBeGreaterThan(0);
    expect(areaM2(a) + areaM2(b)).toBeCloseTo(areaM2(square), 3);
  });

  it('keeps a hole in the piece that holds it', () => {
    const holed: Polygon = {
      type: 'Polygon',
      coordinates: [square.coordinates[0]!, [at(0.1, 0.1), at(0.1, 0.3), at(0.3, 0.3), at(0.3, 0.1), at(0.1, 0.1)]],
    };
    const [a, b] = splitPolygon(holed, line([0.5, -1], [0.5, 2]));
    const withHole = [a, b].filter((p) => p.coordinates.length === 2);
    expect(withHole).toHaveLength(1);
    expect(areaM2(a) + areaM2(b)).toBeCloseTo(areaM2(holed), 3);
  });

  it('cuts a concave (U-shaped) grid across one arm without touching the other', () => {
    const u = poly([0, 0], [3, 0], [3, 2], [2, 2], [2, 1], [1, 1], [1, 2], [0, 2]);
    const [a, b] = splitPolygon(u, line([-0.5, 1.5], [1.5, 1.5]));
    const small = Math.min(areaM2(a), areaM2(b));
    // The U is 3 × 2 minus a 1 × 1 notch; the cut takes the top half of the left arm.
    expect(small / areaM2(u)).toBeCloseTo(0.5 / 5, 5);
  });

  it('refuses a line that does not reach across', () => {
    expect(codeOf(() => splitPolygon(square, line([2, 0], [3, 1])))).toBe('lineDoesNotCross');
    expect(codeOf(() => splitPolygon(square, line([-0.5, 0.5], [0.5, 0.5])))).toBe('lineDoesNotCross');
    expect(codeOf(() => splitPolygon(square, line([0.3, 0.3], [0.6, 0.6])))).toBe('lineDoesNotCross');
    // Starts inside, goes out through the east side and comes back in: two crossings, but no cut.
    expect(codeOf(() => splitPolygon(square, line([0.5, 0.3], [1.5, 0.3], [1.5, 0.7], [0.5, 0.7])))).toBe('lineDoesNotCross');
    // Starts inside, touches the east side, then leaves through the top: its start dangles inside.
    expect(codeOf(() => splitPolygon(square, line([0.5, 0.3], [1, 0.5], [0.5, 0.7], [0.5, 1.5])))).toBe('lineDoesNotCross');
    // Touching a corner from outside is not a cut.
    expect(codeOf(() => splitPolygon(square, line([-1, 1], [1, -1])))).toBe('lineDoesNotCross');
  });

  it('refuses a line that would leave three pieces', () => {
    const u = poly([0, 0], [3, 0], [3, 2], [2, 2], [2, 1], [1, 1], [1, 2], [0, 2]);
    expect(codeOf(() => splitPolygon(u, line([-0.5, 1.5], [3.5, 1.5])))).toBe('splitNotInTwo');
  });

  it('refuses a line that runs along the boundary', () => {
    expect(codeOf(() => splitPolygon(square, line([-0.5, 0], [1.5, 0])))).toBe('splitNotInTwo');
  });

  it('refuses a line that crosses itself', () => {
    expect(codeOf(() => splitPolygon(square, line([-0.5, 0.2], [0.8, 0.8], [0.8, 0.2], [0.2, 0.8], [0.2, 1.5])))).toBe('lineSelfIntersects');
  });
});

describe('merge after split', () => {
  it('gives back the original area and ring, with no leftover cut vertices', () => {
    const shapes: Polygon[] = [square, poly([0, 0], [2, 0.3], [2.4, 1.8], [0.7, 2.2], [-0.3, 1])];
    for (const shape of shapes) {
      for (const cut of [line([0.5, -1], [0.9, 3]), line([-1, 0.4], [0.6, 0.9], [1.2, 0.5], [3, 1.1])]) {
        const [a, b] = splitPolygon(shape, cut);
        const merged = mergePolygons(a, b);
        expect(Math.abs(areaM2(merged) - areaM2(shape)) / areaM2(shape)).toBeLessThan(1e-6);
        expect(merged.coordinates).toHaveLength(1);
        const got = polygonRings(merged)[0]!.map(key).sort();
        const want = polygonRings(shape)[0]!.map(key).sort();
        expect(got).toEqual(want);
      }
    }
  });
});

describe('split and merge on random shapes (property)', () => {
  // Star-shaped polygons around a centre, cut by a random line through the centre.
  const star = fc
    .tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }))
    .map(([n, seed]) => {
      let s = seed;
      const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
      const angles = Array.from({ length: n }, (_, i) => (2 * Math.PI * (i + 0.2 + 0.6 * rnd())) / n);
      return poly(
        ...angles.map((a): [number, number] => {
          const r = 0.5 + 0.5 * rnd();
          return [Math.cos(a) * r, Math.sin(a) * r];
        }),
      );
    });

  it('pieces add up to the whole, never cross themselves, and merge back to the same ring', () => {
    fc.assert(
      fc.property(star, fc.double({ min: 0, max: Math.PI, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true }), (shape, angle, offset) => {
        const dx = Math.cos(angle) * 3;
        const dy = Math.sin(angle) * 3;
        const cut = line([-dx + offset, -dy], [dx + offset, dy]);
        let pieces: [Polygon, Polygon];
        try {
          pieces = splitPolygon(shape, cut);
        } catch (e) {
          // A line may cross a non-convex star more than twice.
          if (e instanceof GeometryError && e.code === 'splitNotInTwo') return;
          throw e;
        }
        const [a, b] = pieces;
        // turf's area treats an edge as straight in (lng, sin lat), not in (lng, lat), so a
        // cut point inserted into an edge shifts the total by up to about 1e-6.
        expect(Math.abs(areaM2(a) + areaM2(b) - areaM2(shape)) / areaM2(shape)).toBeLessThan(1e-5);
        expect(ringCrossings(polygonRings(a))).toEqual([]);
        expect(ringCrossings(polygonRings(b))).toEqual([]);
        const merged = mergePolygons(a, b);
        expect(Math.abs(areaM2(merged) - areaM2(shape)) / areaM2(shape)).toBeLessThan(1e-6);
        expect(polygonRings(merged)[0]!.length).toBe(polygonRings(shape)[0]!.length);
      }),
      { numRuns: 300, seed: 20240607 },
    );
  });
});
