import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PointGridIndex, type GridShape } from '../../src/main/core/grids/geometry';

const D = 0.001;
const at = (x: number, y: number): [number, number] => [106.5 + x * D, 29.5 + y * D];
const poly = (...pts: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...pts.map(([x, y]) => at(x, y)), at(pts[0]![0], pts[0]![1])]] });
const rect = (x0: number, y0: number, x1: number, y1: number) => poly([x0, y0], [x1, y0], [x1, y1], [x0, y1]);

// A 3 × 3 block of grids; ids deliberately not in position order.
const ids = [7, 3, 9, 1, 5, 2, 8, 6, 4];
const grids: GridShape[] = ids.map((id, k) => ({ id, code: `G${id}`, geometry: rect(k % 3, Math.floor(k / 3), (k % 3) + 1, Math.floor(k / 3) + 1) }));
const index = new PointGridIndex(grids);

describe('PointGridIndex', () => {
  it('finds the grid holding a point, and null outside every grid', () => {
    expect(index.gridAt(...at(0.5, 0.5))).toBe(7);
    expect(index.gridAt(...at(2.5, 2.5))).toBe(4);
    expect(index.gridAt(...at(3.5, 0.5))).toBeNull();
    expect(index.gridAt(Number.NaN, 29.5)).toBeNull();
  });

  it('gives a point on a shared edge to exactly one grid: the lowest id', () => {
    // Between 7 (west) and 3 (east).
    expect(index.gridAt(...at(1, 0.5))).toBe(3);
    // Between 3 (south) and 5 (north).
    expect(index.gridAt(...at(1.5, 1))).toBe(3);
    // The corner where 7, 3, 1 and 5 meet.
    expect(index.gridAt(...at(1, 1))).toBe(1);
    // A point computed onto a slanted shared edge (not exactly representable) still gets one grid.
    const left = poly([0, 0], [1, 0], [1.37, 1], [0, 1]);
    const right = poly([1, 0], [2, 0], [2, 1], [1.37, 1]);
    const slanted = new PointGridIndex([
      { id: 12, geometry: right },
      { id: 11, geometry: left },
    ]);
    for (let t = 0.05; t < 1; t += 0.05) {
      const p = at(1 + 0.37 * t, t);
      expect(slanted.gridAt(...p)).toBe(11);
    }
  });

  it('puts a draft’s new grids (negative keys) after saved grids, in the order made, as their saved ids will be', () => {
    const west = poly([0, 0], [1, 0], [1, 1], [0, 1]);
    const middle = poly([1, 0], [2, 0], [2, 1], [1, 1]);
    const east = poly([2, 0], [3, 0], [3, 1], [2, 1]);
    const draft = new PointGridIndex([
      { id: -2, geometry: east },
      { id: -1, geometry: middle },
      { id: 40, geometry: west },
    ]);
    expect(draft.gridAt(...at(1, 0.5))).toBe(40);
    expect(draft.gridAt(...at(2, 0.5))).toBe(-1);
  });

  it('assigns many points, from a flat array or pairs, agreeing with turf inside the grids', () => {
    const n = 5_000;
    const flat = new Float64Array(2 * n);
    const pairs: [number, number][] = [];
    let s = 12345;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < n; i++) {
      const p = at(-0.5 + 4 * rnd(), -0.5 + 4 * rnd());
      flat[2 * i] = p[0];
      flat[2 * i + 1] = p[1];
      pairs.push(p);
    }
    const a = index.assignAll(flat);
    expect([...index.assignAll(pairs)]).toEqual([...a]);
    for (let i = 0; i < n; i++) {
      const expected = grids.find((g) => booleanPointInPolygon(pairs[i]!, g.geometry))?.id ?? 0;
      expect(a[i]).toBe(expected);
    }
  });

  it('works with no grids', () => {
    expect(new PointGridIndex([]).gridAt(106.5, 29.5)).toBeNull();
    expect([...new PointGridIndex([]).assignAll([[106.5, 29.5]])]).toEqual([0]);
  });
});
