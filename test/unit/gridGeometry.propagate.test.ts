import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Pt } from '../../src/main/core/demo/geometry/planar';
import { Projection } from '../../src/main/core/demo/geometry/projection';
import { planStreet, STREET } from '../../src/main/core/demo/plan';
import { Rng } from '../../src/main/core/demo/rng';
import { findGaps, findOverlaps, propagateVertexMoves, validateGrids, type GridShape } from '../../src/main/core/grids/geometry';
import { distanceToRing } from '../../src/main/core/grids/geometry/planar';
import { alignRings } from '../../src/main/core/grids/geometry/ringAlignment';
import { closeRing, polygonRings } from '../../src/main/core/grids/geometry/rings';

const D = 0.001;
const at = (x: number, y: number): [number, number] => [106.5 + x * D, 29.5 + y * D];
const poly = (...pts: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...pts.map(([x, y]) => at(x, y)), at(pts[0]![0], pts[0]![1])]] });
const ring = (p: Polygon | null) => p?.coordinates[0]!.slice(0, -1);
const pts = (...list: [number, number][]) => list.map(([x, y]) => at(x, y));

// Two squares side by side, both counter-clockwise; they share the edge x = 1.
const left = poly([0, 0], [1, 0], [1, 1], [0, 1]);
const right = poly([1, 0], [2, 0], [2, 1], [1, 1]);
const grids = (a: Polygon, b: Polygon): GridShape[] => [
  { id: 1, code: 'A', geometry: a },
  { id: 2, code: 'B', geometry: b },
];

describe('alignRings', () => {
  it('matches unmoved vertices, a moved one, and skips an inserted one', () => {
    const before = pts([0, 0], [1, 0], [1, 1], [0, 1]);
    const after = pts([0, 0], [1, 0], [1.3, 0.5], [1.1, 1.2], [0, 1]);
    expect([...alignRings(before, after, 1e-9)]).toEqual([0, 1, 3, 4]);
  });

  it('reads a deleted vertex as deleted', () => {
    const before = pts([0, 0], [1, 0], [1, 0.5], [1, 1], [0, 1]);
    const after = pts([0, 0], [1, 0], [1, 1], [0, 1]);
    expect([...alignRings(before, after, 1e-9)]).toEqual([0, 1, -1, 2, 3]);
  });
});

describe('propagateVertexMoves', () => {
  it('moves a shared vertex in the neighbour', () => {
    const after = poly([0, 0], [1, 0], [1.2, 1.1], [0, 1]);
    const moved = propagateVertexMoves(left, after, right);
    expect(ring(moved)).toEqual(pts([1, 0], [2, 0], [2, 1], [1.2, 1.1]));
    expect(findOverlaps(grids(after, moved!))).toEqual([]);
  });

  it('inserts a dragged midpoint into the neighbour’s matching edge, in the neighbour’s direction', () => {
    // The user clicked the midpoint of the shared edge and dragged it 30 m into the neighbour.
    const after = poly([0, 0], [1, 0], [1.3, 0.5], [1, 1], [0, 1]);
    const moved = propagateVertexMoves(left, after, right);
    expect(ring(moved)).toEqual(pts([1, 0], [2, 0], [2, 1], [1, 1], [1.3, 0.5]));
    const street = poly([0, 0], [2, 0], [2, 1], [0, 1]);
    expect(findOverlaps(grids(after, moved!))).toEqual([]);
    expect(findGaps(street, grids(after, moved!))).toEqual([]);
  });

  it('inserts several new vertices of one edge in the neighbour’s order', () => {
    const after = poly([0, 0], [1, 0], [1.2, 0.3], [1.1, 0.6], [1, 1], [0, 1]);
    const moved = propagateVertexMoves(left, after, right);
    // The neighbour runs the shared edge north to south, so it meets them in reverse.
    expect(ring(moved)).toEqual(pts([1, 0], [2, 0], [2, 1], [1, 1], [1.1, 0.6], [1.2, 0.3]));
  });

  it('handles a midpoint and a moved shared vertex together, with a clockwise neighbour', () => {
    const clockwise = poly([1, 0], [1, 1], [2, 1], [2, 0]);
    const after = poly([0, 0], [1, 0], [0.8, 0.4], [1.1, 0.9], [0, 1]);
    const moved = propagateVertexMoves(left, after, clockwise);
    expect(ring(moved)).toEqual(pts([1, 0], [0.8, 0.4], [1.1, 0.9], [2, 1], [2, 0]));
    expect(findOverlaps(grids(after, moved!))).toEqual([]);
  });

  it('keeps a neighbour corner in the middle of an edge on that edge (T-junction)', () => {
    // Two grids east of `left` meet at (1, 0.5), a point in the middle of left's east edge.
    const lower = poly([1, 0], [2, 0], [2, 0.5], [1, 0.5]);
    const upper = poly([1, 0.5], [2, 0.5], [2, 1], [1, 1]);
    const after = poly([0, 0], [1.2, 0], [1.2, 1], [0, 1]);
    const l = propagateVertexMoves(left, after, lower);
    const u = propagateVertexMoves(left, after, upper);
    expect(ring(l)).toEqual(pts([1.2, 0], [2, 0], [2, 0.5], [1.2, 0.5]));
    expect(ring(u)![0]).toEqual(ring(l)![3]);
    const street = poly([0, 0], [2, 0], [2, 1], [0, 1]);
    const three: GridShape[] = [...grids(after, l!), { id: 3, code: 'C', geometry: u! }];
    expect(findOverlaps(three)).toEqual([]);
    expect(findGaps(street, three)).toEqual([]);
  });

  it('puts a neighbour vertex the edit deleted onto the new edge', () => {
    const before = poly([0, 0], [1, 0], [1.2, 0.5], [1, 1], [0, 1]);
    const neighbour = poly([1, 0], [2, 0], [2, 1], [1, 1], [1.2, 0.5]);
    const after = poly([0, 0], [1, 0], [1, 1], [0, 1]);
    const moved = propagateVertexMoves(before, after, neighbour);
    expect(ring(moved)![4]![0]).toBeCloseTo(at(1, 0.5)[0], 12);
    expect(ring(moved)![4]![1]).toBeCloseTo(at(1, 0.5)[1], 12);
  });

  it('returns null for a neighbour that shares nothing the edit touched', () => {
    const after = poly([-0.5, 0], [1, 0], [1, 1], [0, 1]);
    expect(propagateVertexMoves(left, after, right)).toBeNull();
    const far = poly([5, 5], [6, 5], [6, 6], [5, 6]);
    expect(propagateVertexMoves(left, poly([0, 0], [1, 0], [1.2, 1.1], [0, 1]), far)).toBeNull();
  });
});

describe('propagateVertexMoves on the demo street (property)', () => {
  // The demo plan's grids share their lattice vertices exactly, like a saved street.
  const proj = new Projection(STREET.centerLng, STREET.centerLat);
  const plan = planStreet(new Rng(7, 'demo').fork('plan'), 0.2);
  const polygon = (r: readonly Pt[]): Polygon => ({ type: 'Polygon', coordinates: [proj.ring(r)] });
  const street = polygon(plan.boundary);
  const streetRing = polygonRings(street)[0]!;
  const base: GridShape[] = plan.grids.map((g) => ({ id: g.index + 1, code: g.code, geometry: polygon(g.ring) }));
  const metre = 1 / 111_000;

  it('dragging a shared vertex or a new midpoint up to 15 m leaves no overlap or gap', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.double({ min: -15, max: 15, noNaN: true }),
        fc.double({ min: -15, max: 15, noNaN: true }),
        fc.boolean(),
        (gi, vi, dx, dy, insert) => {
          const edited = base[gi % base.length]!;
          const ring = polygonRings(edited.geometry)[0]!;
          const k = vi % ring.length;
          const a = ring[k]!;
          const b = ring[(k + 1) % ring.length]!;
          const moved: [number, number] = insert ? [(a[0] + b[0]) / 2 + dx * metre, (a[1] + b[1]) / 2 + dy * metre] : [a[0] + dx * metre, a[1] + dy * metre];
          // Only inside the street: its own boundary is not the editor's to move.
          const probe: [number, number] = insert ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : a;
          if (distanceToRing(probe, streetRing) < 1e-9) return;
          const afterRing = insert ? [...ring.slice(0, k + 1), moved, ...ring.slice(k + 1)] : ring.map((p, i) => (i === k ? moved : p));
          const after: Polygon = { type: 'Polygon', coordinates: [closeRing(afterRing)] };
          const grids = base.map((g) => {
            if (g.id === edited.id) return { ...g, geometry: after };
            return { ...g, geometry: propagateVertexMoves(edited.geometry, after, g.geometry) ?? g.geometry };
          });
          const problems = validateGrids({ street, grids, buildings: [], within: after }).filter((p) => p.kind !== 'households');
          expect(problems.map((p) => `${p.kind} ${p.gridIds.join('/')} ${p.areaM2 ?? ''}`)).toEqual([]);
          // The untouched remainder of the street is still covered edge to edge.
          expect(findGaps(street, grids).length + findOverlaps(grids).length).toBe(0);
        },
      ),
      { numRuns: 60, seed: 424242 },
    );
  });
});
