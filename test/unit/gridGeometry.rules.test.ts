import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  areaM2,
  findCutBuildings,
  findGaps,
  findHouseholdCounts,
  findOutsideStreet,
  findOverlaps,
  findSelfIntersections,
  findSlivers,
  interiorPoint,
  validateGrids,
  type BuildingShape,
  type GridShape,
} from '../../src/main/core/grids/geometry';
import { FlatRings, OUTSIDE } from '../../src/main/core/grids/geometry/flatRings';
import { insidesMayMeet, type PairShape } from '../../src/main/core/grids/geometry/insidesMeet';
import { withoutSpikes } from '../../src/main/core/grids/geometry/spikes';
import { orientedRings } from '../../src/main/core/grids/geometry/tiling';

const D = 0.001;
const at = (x: number, y: number): [number, number] => [106.5 + x * D, 29.5 + y * D];
const poly = (...pts: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...pts.map(([x, y]) => at(x, y)), at(pts[0]![0], pts[0]![1])]] });
const rect = (x0: number, y0: number, x1: number, y1: number) => poly([x0, y0], [x1, y0], [x1, y1], [x0, y1]);
const grid = (id: number, geometry: Polygon, households?: number): GridShape => ({ id, code: `G${id}`, geometry, households });
const building = (id: number, footprint: Polygon): BuildingShape => ({ id, footprint, center: interiorPoint(footprint) });
const inside = (p: [number, number], g: Polygon) => new FlatRings(g).place(p[0], p[1]) !== OUTSIDE;

// Two 1 × 1 squares (about 97 m × 111 m) sharing the edge x = 1, and the street they fill.
const a = rect(0, 0, 1, 1);
const b = rect(1, 0, 2, 1);
const street = rect(0, 0, 2, 1);
const clean = [grid(1, a, 300), grid(2, b, 400)];

describe('findSelfIntersections', () => {
  it('finds the crossing of a bow-tie', () => {
    const bow = grid(3, poly([0, 0], [1, 1], [1, 0], [0, 1]));
    const [p, ...rest] = findSelfIntersections([...clean, bow]);
    expect(rest).toEqual([]);
    expect(p!.kind).toBe('selfIntersection');
    expect(p!.gridIds).toEqual([3]);
    expect((p!.geometry as Point).coordinates[0]).toBeCloseTo(at(0.5, 0.5)[0], 12);
    expect((p!.geometry as Point).coordinates[1]).toBeCloseTo(at(0.5, 0.5)[1], 12);
  });

  it('finds a ring that doubles back and a ring touching itself, but not a repeated vertex', () => {
    const spike = grid(3, poly([0, 0], [1, 0], [1.5, 0], [1, 0], [1, 1], [0, 1]));
    const pinch = grid(4, poly([0, 0], [2, 0], [2, 2], [1, 0], [0, 2]));
    const repeated = grid(5, poly([0, 0], [1, 0], [1, 0], [1, 1], [0, 1]));
    expect(findSelfIntersections([spike, pinch, repeated]).map((p) => p.gridIds[0])).toEqual([3, 4]);
  });

  it('passes clean grids', () => {
    expect(findSelfIntersections(clean)).toEqual([]);
  });
});

describe('findOverlaps', () => {
  it('passes two squares that share an edge', () => {
    expect(findOverlaps(clean)).toEqual([]);
  });

  it('reports the overlap of two squares, with both grids, its area and a point inside it', () => {
    const over = [grid(1, a), grid(2, rect(0.8, 0, 2, 1))];
    const [p, ...rest] = findOverlaps(over);
    expect(rest).toEqual([]);
    expect(p!.gridIds).toEqual([1, 2]);
    expect(p!.areaM2! / areaM2(rect(0.8, 0, 1, 1))).toBeCloseTo(1, 4);
    expect(inside(p!.at, rect(0.8, 0, 1, 1))).toBe(true);
    expect(p!.detail.widthM).toBeGreaterThan(15);
  });

  it('reports one problem per piece, and ignores pieces under the tolerance', () => {
    const comb = poly([0, 0], [3, 0], [3, 1], [2, 1], [2, 0.5], [1, 0.5], [1, 1], [0, 1]);
    expect(findOverlaps([grid(1, comb), grid(2, rect(0.5, 0.75, 2.5, 2))])).toHaveLength(2);
    // A 1 cm overlap along a 111 m edge is about 1.1 m²: over the default 1 m², under 2 m².
    const hair = [grid(1, a), grid(2, rect(1 - 1e-4, 0, 2, 1))];
    expect(findOverlaps(hair)).toHaveLength(1);
    expect(findOverlaps(hair, { minAreaM2: 2 })).toEqual([]);
    // A real overlap (about 430 m²) plus a 0.5 m² one: only the real one is reported.
    const w = 0.00023;
    const other = poly([0.8, 0], [2, 0], [2, 1], [1 - w, 1], [1 - w, 0.8], [1, 0.8], [1, 0.2], [0.8, 0.2]);
    const found = findOverlaps([grid(1, a), grid(2, other)]);
    expect(found.map((p) => Math.round(p.areaM2!))).toEqual([Math.round(areaM2(rect(0.8, 0, 1, 0.2)))]);
  });
});

describe('findGaps', () => {
  it('passes a street its grids fill', () => {
    expect(findGaps(street, clean)).toEqual([]);
  });

  it('reports the gap between two squares, blaming both', () => {
    const apart = [grid(1, rect(0, 0, 0.9, 1)), grid(2, b)];
    const [p, ...rest] = findGaps(street, apart);
    expect(rest).toEqual([]);
    expect(p!.kind).toBe('gap');
    expect(p!.gridIds).toEqual([1, 2]);
    expect(p!.areaM2! / areaM2(rect(0.9, 0, 1, 1))).toBeCloseTo(1, 4);
    expect(Number(p!.detail.widthM)).toBeCloseTo(9.2, 0);
    expect(inside(p!.at, rect(0.9, 0, 1, 1))).toBe(true);
  });

  it('with `within`, reports only gaps meeting that area', () => {
    const wide = rect(0, 0, 10, 1);
    const grids = [grid(1, rect(0, 0, 0.9, 1)), grid(2, rect(1, 0, 8.9, 1)), grid(3, rect(9, 0, 10, 1))];
    expect(findGaps(wide, grids)).toHaveLength(2);
    const local = findGaps(wide, grids, { within: rect(8.5, 0.2, 9.5, 0.8) });
    expect(local).toHaveLength(1);
    expect(local[0]!.gridIds).toEqual([2, 3]);
    // A gap inside the local box that does not meet `within` is left out.
    const holed: Polygon = { type: 'Polygon', coordinates: [rect(1, 0, 8.9, 1).coordinates[0]!, rect(8.3, 0.4, 8.4, 0.6).coordinates[0]!.slice().reverse()] };
    const withHole = [grids[0]!, grid(2, holed), grids[2]!];
    expect(findGaps(wide, withHole)).toHaveLength(3);
    expect(findGaps(wide, withHole, { within: rect(8.95, 0, 9.5, 1) })).toHaveLength(1);
  });

  it('blames only the grids the gap borders, not every grid whose box meets it', () => {
    // Two triangles halving a square; the upper one leaves its far corner uncovered.
    const square = rect(0, 0, 2, 2);
    const lower = grid(1, poly([0, 0], [2, 0], [0, 2]));
    const upper = grid(2, poly([2, 0], [2, 1.8], [1.8, 2], [0, 2]));
    const [p] = findGaps(square, [lower, upper]);
    expect(p!.gridIds).toEqual([2]);
  });
});

describe('findOutsideStreet', () => {
  it('reports grid land past the street boundary', () => {
    const [p, ...rest] = findOutsideStreet(street, [grid(1, a), grid(2, rect(1, 0, 2.3, 1))]);
    expect(rest).toEqual([]);
    expect(p!.gridIds).toEqual([2]);
    expect(p!.areaM2! / areaM2(rect(2, 0, 2.3, 1))).toBeCloseTo(1, 4);
    expect(findOutsideStreet(street, clean)).toEqual([]);
  });
});

describe('findSlivers', () => {
  it('passes ordinary blocks', () => {
    expect(findSlivers(clean)).toEqual([]);
    expect(findSlivers([grid(1, rect(0, 0, 4, 1))])).toEqual([]);
  });

  it('reports a tiny grid and a ribbon', () => {
    const tiny = grid(1, rect(0, 0, 0.3, 0.3)); // about 29 m × 33 m
    const ribbon = grid(2, rect(0, 0, 10, 0.02)); // about 970 m × 2.2 m
    const [p, q] = findSlivers([tiny, ribbon]);
    expect(p!.detail.reason).toBe('small');
    expect(q!.detail.reason).toBe('elongated');
    expect(Number(q!.detail.widthM)).toBeCloseTo(2.2, 0);
  });

  it('does not take a sharp corner or a narrow slot beside the grid for a thin part', () => {
    // A 30° corner with a vertex 5 m from its tip: narrow there, but only for a few metres.
    const wedge = poly([0, 0], [0.0446, 0.0129], [1.7, 0.49], [1.5, 1.2], [0, 1]);
    // A 3 m wide, 50 m deep slot cut into a block: the thin thing is outside the grid.
    const slotted = poly([0, 0], [1, 0], [1, 1], [0.52, 1], [0.52, 0.55], [0.49, 0.55], [0.49, 1], [0, 1]);
    expect(findSlivers([grid(1, wedge), grid(2, slotted)])).toEqual([]);
  });

  it('reports a thin spike on a good block', () => {
    // A 1 m wide, 60 m long spike from the east side of a 97 m × 111 m block.
    const spiked = poly([0, 0], [1, 0], [1, 0.5], [1.6, 0.5], [1.6, 0.509], [1, 0.509], [1, 1], [0, 1]);
    const [p, ...rest] = findSlivers([grid(1, spiked)]);
    expect(rest).toEqual([]);
    expect(p!.detail.reason).toBe('thinPart');
    expect(Number(p!.detail.widthM)).toBeCloseTo(1, 0);
    expect(inside(p!.at, spiked)).toBe(true);
  });
});

describe('findCutBuildings', () => {
  it('reports a building on the line between two grids, and passes one inside a grid', () => {
    const onLine = building(10, rect(0.9, 0.4, 1.1, 0.6));
    const within = building(11, rect(0.2, 0.2, 0.4, 0.4));
    const [p, ...rest] = findCutBuildings(clean, [onLine, within]);
    expect(rest).toEqual([]);
    expect(p!.kind).toBe('buildingCut');
    expect(p!.gridIds).toEqual([1, 2]);
    expect(p!.detail.buildingId).toBe(10);
    expect(p!.geometry).toBe(onLine.footprint);
  });

  it('ignores a building that only touches the line, or pokes over it by less than the tolerance', () => {
    const touching = building(10, rect(0.8, 0.4, 1, 0.6));
    const barely = building(11, rect(0.8, 0.4, 1 + 2e-5, 0.6)); // 2 mm over: about 0.04 m²
    expect(findCutBuildings(clean, [touching, barely])).toEqual([]);
  });
});

describe('interiorPoint', () => {
  it('lies inside a U-shaped area whose middle is outside it', () => {
    const u = poly([0, 0], [3, 0], [3, 2], [2, 2], [2, 0.5], [1, 0.5], [1, 2], [0, 2]);
    expect(inside(interiorPoint(u), u)).toBe(true);
  });
});

describe('findHouseholdCounts', () => {
  it('reports grids outside 150–550 households and skips unknown counts', () => {
    const problems = findHouseholdCounts([grid(1, a, 120), grid(2, b, 300), grid(3, street, 551), grid(4, street)]);
    expect(problems.map((p) => [p.gridIds[0], p.detail.households, p.detail.direction])).toEqual([
      [1, 120, 'under'],
      [3, 551, 'over'],
    ]);
    expect(problems[0]!.detail.min).toBe(150);
    expect(problems[0]!.detail.max).toBe(550);
  });
});

describe('validateGrids', () => {
  it('finds nothing on a clean street', () => {
    expect(validateGrids({ street, grids: clean, buildings: [building(1, rect(0.2, 0.2, 0.4, 0.4))] })).toEqual([]);
  });

  it('lists every kind, in the contract’s order', () => {
    const street6 = rect(0, 0, 6, 2);
    const bowTie = poly([4, 1], [6, 2], [6, 1], [4, 2]);
    const grids = [
      grid(1, rect(0, 0, 0.9, 1), 100), // too few households
      grid(2, rect(0.85, 0, 6.2, 1), 300), // overlaps grid 1, reaches past the street's east end
      grid(3, rect(0, 1, 2, 2), 300), // a gap between grids 3 and 5
      grid(5, rect(2.5, 1, 4, 2), 300),
      grid(4, bowTie, 300), // crosses itself
      grid(6, rect(0, 2, 0.01, 2.5), 300), // a tiny ribbon outside the street
    ];
    const problems = validateGrids({ street: street6, grids, buildings: [building(9, rect(0.8, 0.4, 0.95, 0.6))] });
    const kinds = problems.map((p) => p.kind);
    expect(new Set(kinds)).toEqual(new Set(['selfIntersection', 'overlap', 'gap', 'outsideStreet', 'sliver', 'buildingCut', 'households']));
    const order = ['selfIntersection', 'overlap', 'gap', 'outsideStreet', 'sliver', 'buildingCut', 'households'];
    expect(kinds).toEqual([...kinds].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    // The bow-tie is reported once, as crossing itself; the land under it is not called a gap.
    const bowBox = [at(4, 1)[0], at(4, 1)[1], at(6, 2)[0], at(6, 2)[1]];
    const nearBow = problems.filter((p) => p.bbox[0] <= bowBox[2]! && p.bbox[2] >= bowBox[0]! && p.bbox[1] <= bowBox[3]! && p.bbox[3] >= bowBox[1]!);
    expect(nearBow.map((p) => p.kind)).toEqual(['selfIntersection']);
  });

  it('with `within`, checks only what is near the edited area', () => {
    const wide = rect(0, 0, 20, 1);
    const grids = Array.from({ length: 20 }, (_, i) => grid(i + 1, rect(i, 0, i + 1, 1), 300));
    // A gap and too few households at the far west end; a gap near the east end, by grid 19 being edited.
    grids[0] = grid(1, rect(0, 0, 0.9, 1), 10);
    grids[18] = grid(19, rect(18, 0, 18.9, 1), 300);
    expect(validateGrids({ street: wide, grids, buildings: [] }).map((p) => p.kind)).toEqual(['gap', 'gap', 'households']);
    const local = validateGrids({ street: wide, grids, buildings: [], within: grids[18]!.geometry });
    expect(local.map((p) => [p.kind, p.gridIds])).toEqual([['gap', [19, 20]]]);
  });

  it('with `within`, leaves out problems of local grids that lie far from the edited area', () => {
    const street2 = rect(0, 0, 20, 2);
    // Two long grids, both reaching the edited east end, overlapping only at the west end.
    const grids = [grid(1, rect(0, 0, 20, 1), 300), grid(2, poly([0, 0.9], [1, 0.9], [1, 1], [20, 1], [20, 2], [0, 2]), 300)];
    expect(validateGrids({ street: street2, grids, buildings: [] }).map((p) => p.kind)).toEqual(['overlap']);
    expect(validateGrids({ street: street2, grids, buildings: [], within: rect(19, 0, 20, 1) })).toEqual([]);
  });
});

describe('withoutSpikes', () => {
  it('removes a ring running out along an edge and back, keeps straight-through vertices', () => {
    // A square whose ring runs from (1, 1) out to (1, 3) and back: no area, a box twice as tall.
    const spiked = poly([0, 0], [1, 0], [1, 0.5], [1, 1], [1, 3], [1, 1 + 1e-10 / D], [0, 1]);
    const [piece, ...rest] = withoutSpikes([spiked]);
    expect(rest).toEqual([]);
    expect(piece!.coordinates[0]).toEqual([at(0, 0), at(1, 0), at(1, 0.5), at(1, 1), at(0, 1), at(0, 0)]);
    // A clean piece comes back as it was; one that is all spike is dropped.
    const square = rect(0, 0, 1, 1);
    expect(withoutSpikes([square])[0]).toBe(square);
    expect(withoutSpikes([poly([0, 0], [1, 0], [2, 0])])).toEqual([]);
  });
});

describe('insidesMayMeet', () => {
  const shape = (p: Polygon): PairShape => ({ rings: orientedRings(p, false)!, flat: new FlatRings(p) });
  const meet = (p: Polygon, q: Polygon) => [insidesMayMeet(shape(p), shape(q)), insidesMayMeet(shape(q), shape(p))];

  it('clears neighbours that only share edges or corners, T-junctions included', () => {
    expect(meet(a, b)).toEqual([false, false]);
    expect(meet(rect(0, 0, 1, 1), rect(1, 1, 2, 2))).toEqual([false, false]);
    // b's left edge holds a vertex of a's right edge's neighbours: (1, 0.5) lies on a's edge.
    expect(meet(a, poly([1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5]))).toEqual([false, false]);
    expect(meet(a, rect(3, 0, 4, 1))).toEqual([false, false]);
  });

  it('finds crossings, containment without crossings, and copies', () => {
    expect(meet(a, poly([1.1, 0.5], [2, 0], [2, 1]))).toEqual([false, false]);
    expect(meet(a, poly([0.9, 0.5], [2, 0], [2, 1]))).toEqual([true, true]);
    expect(meet(a, rect(0.25, 0.25, 0.75, 0.75))).toEqual([true, true]);
    // Inside and touching a's boundary along a stretch, in the same direction.
    expect(meet(a, rect(0, 0, 0.5, 0.5))).toEqual([true, true]);
    expect(meet(a, rect(0, 0, 1, 1))).toEqual([true, true]);
    // A triangle whose long side is a's diagonal: every vertex on a's corners, no crossing.
    expect(meet(a, poly([0, 0], [1, 1], [0, 1]))).toEqual([true, true]);
  });
});
