import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GeometryError, areaM2, carvePolygon, mergePolygons, sharedBoundaryM } from '../../src/main/core/grids/geometry';
import { unionPieces } from '../../src/main/core/grids/geometry/clip';
import { polygonRings } from '../../src/main/core/grids/geometry/rings';

const D = 0.001;
const at = (x: number, y: number): [number, number] => [106.5 + x * D, 29.5 + y * D];
const poly = (...pts: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...pts.map(([x, y]) => at(x, y)), at(pts[0]![0], pts[0]![1])]] });
const square = (x: number, y: number, s = 1) => poly([x, y], [x + s, y], [x + s, y + s], [x, y + s]);
const key = (p: [number, number]) => `${p[0].toFixed(9)},${p[1].toFixed(9)}`;
const corners = (p: Polygon) => polygonRings(p)[0]!.map(key).sort();

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GeometryError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('mergePolygons', () => {
  it('merges two adjacent squares into one clean rectangle', () => {
    const merged = mergePolygons(square(0, 0), square(1, 0));
    expect(merged.coordinates).toHaveLength(1);
    // The seam's ends (1,0) and (1,1) are gone: four corners, not six.
    expect(corners(merged)).toEqual([at(0, 0), at(2, 0), at(2, 1), at(0, 1)].map(key).sort());
    expect(areaM2(merged)).toBeCloseTo(areaM2(square(0, 0)) + areaM2(square(1, 0)), 3);
  });

  it('keeps a straight-line vertex that only one grid had (a corner of a third grid)', () => {
    // The left grid has a vertex at (0, 0.5) where two grids to its west meet.
    const left = poly([0, 0], [1, 0], [1, 1], [0, 1], [0, 0.5]);
    const merged = mergePolygons(left, square(1, 0));
    expect(corners(merged)).toContain(key(at(0, 0.5)));
    expect(corners(merged)).not.toContain(key(at(1, 0)));
  });

  it('merges squares sharing only part of an edge', () => {
    const merged = mergePolygons(square(0, 0), square(1, 0.5));
    expect(merged.coordinates[0]!.length - 1).toBe(8);
  });

  it('refuses grids that only touch at a corner or do not touch', () => {
    expect(codeOf(() => mergePolygons(square(0, 0), square(1, 1)))).toBe('notAdjacent');
    expect(codeOf(() => mergePolygons(square(0, 0), square(3, 0)))).toBe('notAdjacent');
    // A hair apart (1 cm) is not adjacent either.
    expect(codeOf(() => mergePolygons(square(0, 0), square(1.00001, 0)))).toBe('notAdjacent');
    // Sharing 0.5 m of edge makes one polygon, but that is a touch, not adjacency (default 1 m).
    const wedge = poly([1, 0.5], [2, 0], [2, 1], [1, 0.5045]);
    expect(codeOf(() => mergePolygons(square(0, 0), wedge))).toBe('notAdjacent');
    expect(codeOf(() => mergePolygons(square(0, 0), wedge, { minSharedM: 0.3 }))).toBe('no error');
  });

  it('measures shared boundary in metres', () => {
    expect(sharedBoundaryM(square(0, 0), square(1, 0))).toBeCloseTo(111.2, 0);
    expect(sharedBoundaryM(square(0, 0), square(1, 0.5))).toBeCloseTo(55.6, 0);
    expect(sharedBoundaryM(square(0, 0), square(1, 1))).toBe(0);
  });
});

describe('carvePolygon', () => {
  it('takes the drawn grid out of the grid under it', () => {
    const rest = carvePolygon(square(0, 0, 2), square(1, 0, 1));
    expect(rest?.type).toBe('Polygon');
    expect(areaM2(rest!)).toBeCloseTo(areaM2(square(0, 0, 2)) - areaM2(square(1, 0)), 2);
  });

  it('returns a MultiPolygon when the new grid cuts the old one in two', () => {
    const strip = poly([0.9, -1], [1.1, -1], [1.1, 3], [0.9, 3]);
    const rest = carvePolygon(square(0, 0, 2), strip);
    expect(rest?.type).toBe('MultiPolygon');
  });

  it('returns the target itself when the cutter misses or only touches it, and null when it covers it', () => {
    const target = square(0, 0);
    expect(carvePolygon(target, square(5, 5))).toBe(target);
    expect(carvePolygon(target, square(1, 0.5))).toBe(target);
    expect(carvePolygon(square(0, 0), square(-1, -1, 3))).toBeNull();
    expect(carvePolygon(square(0, 0), square(0, 0))).toBeNull();
  });
});

describe('carvePolygon keeps shared vertices', () => {
  it('keeps the target’s straight-line corners and takes the cutter’s seam vertices', () => {
    // A T-junction at (0, 1) on the target's west edge, and the cutter's corner (1, 0.5) on its seam.
    const target = poly([0, 0], [2, 0], [2, 2], [0, 2], [0, 1]);
    const cutter = poly([1, 0], [3, 0], [3, 2], [1, 2], [1, 0.5]);
    const rest = carvePolygon(target, cutter) as Polygon;
    expect(corners(rest)).toEqual([at(0, 0), at(1, 0), at(1, 0.5), at(1, 2), at(0, 2), at(0, 1)].map(key).sort());
  });
});

describe('clipping', () => {
  it('copes with shapes on which turf fails in raw longitude/latitude', () => {
    // Found by fuzzing: turf.union throws "Unable to complete output ring" on these three
    // triangles-and-quads as given; moved to a local origin the union succeeds.
    const rings = [
      [[106.501, 29.5003], [106.501, 29.5004], [106.5009, 29.5018], [106.501, 29.5003]],
      [[106.5007, 29.5002], [106.501, 29.5014], [106.5008, 29.5007], [106.5007, 29.5002]],
      [[106.5007, 29.5008], [106.5002, 29.5012], [106.5019, 29.5012], [106.5006, 29.5007], [106.5007, 29.5008]],
    ];
    const shapes: Polygon[] = rings.map((r) => ({ type: 'Polygon', coordinates: [r] }));
    const pieces = unionPieces(shapes);
    expect(pieces.length).toBeGreaterThan(0);
    const sum = pieces.reduce((s, p) => s + areaM2(p), 0);
    expect(sum).toBeGreaterThan(Math.max(...shapes.map(areaM2)));
    expect(sum).toBeLessThanOrEqual(shapes.reduce((s, p) => s + areaM2(p), 0) + 1e-6);
  });

  it('returns vertices that pass through unchanged bit for bit', () => {
    const merged = mergePolygons(poly([0.123, 0.456], [1, 0.456], [1, 1.789], [0.123, 1.789]), square(1, 0.7));
    const xs = merged.coordinates[0]!.map((p) => p[0]);
    expect(xs).toContain(at(0.123, 0)[0]);
  });
});
