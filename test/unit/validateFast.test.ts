// The whole-street check skips the exact clipping when the grids provably tile the street
// (geometry/tiling.ts). A wrong shortcut would hide an overlap, a gap or land outside the
// street, so the fast check must give exactly what the exact one (exactOnly) gives: on
// demo streets, on a real encrypted street through the API after a split (T-junctions),
// and on streets perturbed by tiny to visible vertex moves near the 1 m² threshold.
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridProblem, StreetValidation } from '../../src/shared/gridEdit';
import { planBuildings } from '../../src/main/core/demo/buildings';
import type { Pt } from '../../src/main/core/demo/geometry/planar';
import { Projection } from '../../src/main/core/demo/geometry/projection';
import { planStreet, STREET } from '../../src/main/core/demo/plan';
import { Rng } from '../../src/main/core/demo/rng';
import type { Db } from '../../src/main/core/db/database';
import { validateGrids, type BuildingShape, type GridShape, type ValidateInput } from '../../src/main/core/grids/geometry';
import { defectWindows } from '../../src/main/core/grids/geometry/defectWindows';
import { gridsTileStreet } from '../../src/main/core/grids/geometry/tiling';
import { streetValidationInput } from '../../src/main/core/grids/validateStreet';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

function demoShapes(scale: number, seed: number): { street: Polygon; grids: GridShape[]; buildings: BuildingShape[] } {
  // The same forks generateDemoStreet uses, so these are the shapes a database would hold.
  const rng = new Rng(seed, 'demo');
  const plan = planStreet(rng.fork('plan'), scale);
  const { buildings } = planBuildings(rng.fork('buildings'), plan);
  const proj = new Projection(STREET.centerLng, STREET.centerLat);
  const polygon = (ring: readonly Pt[]): Polygon => ({ type: 'Polygon', coordinates: [proj.ring(ring)] });
  return {
    street: polygon(plan.boundary),
    grids: plan.grids.map((g) => ({ id: g.index + 1, code: g.code, geometry: polygon(g.ring), households: g.households })),
    buildings: buildings.map((b) => ({ id: b.index + 1, footprint: polygon(b.footprint), center: proj.toLngLat(b.center) })),
  };
}

type Outcome = { problems: GridProblem[] } | { error: string };

function outcome(input: ValidateInput, exactOnly: boolean): Outcome {
  try {
    return { problems: validateGrids({ ...input, options: { ...input.options, exactOnly } }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

describe('fast whole-street validation equals the exact one', () => {
  for (const [scale, seed] of [
    [0.05, 7],
    [0.3, 11],
    [1, 2026],
  ] as const) {
    it(`demo street scale ${scale}, seed ${seed}`, () => {
      const input = demoShapes(scale, seed);
      // The shortcut must actually be taken here, or this compares the exact path with itself.
      expect(gridsTileStreet(input.street, input.grids, 1)).toBe(true);
      expect(outcome(input, false)).toEqual(outcome(input, true));
    });
  }

  describe('a real street through the API, before and after a split', () => {
    let core: CoreHandle;
    let admin: string;
    let db: Db;
    let remove: () => void;
    beforeAll(async () => {
      const street = await demoStreetCopy();
      remove = street.remove;
      core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
      admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
      db = await openStreetReadonly(street.dir);
    });
    afterAll(async () => {
      db.close();
      await core.close();
      remove();
    });

    it('grid.validate gives the exact rules’ problems', async () => {
      const check = async () => {
        const api = ok<StreetValidation>(await core.call('grid.validate', {}, admin));
        const input = streetValidationInput(db);
        expect(api.problems).toEqual(validateGrids({ ...input, options: { exactOnly: true } }));
        return input;
      };
      const before = await check();
      expect(gridsTileStreet(before.street, before.grids, 1)).toBe(true);

      // Split the first grid down the middle: its neighbours keep their edges whole, so
      // the cut's ends are T-junctions the proof must split edges at.
      const grid = before.grids[0]!;
      const ring = grid.geometry.coordinates[0]!;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      const x = (Math.min(...xs) + Math.max(...xs)) / 2;
      const line = { type: 'LineString', coordinates: [[x, Math.min(...ys) - 0.001], [x, Math.max(...ys) + 0.001]] };
      ok(await core.call('grid.save', { ops: [{ op: 'split', gridId: grid.id, newKey: -1, line }] }, admin));
      const after = await check();
      expect(after.grids.length).toBe(before.grids.length + 1);
      expect(gridsTileStreet(after.street, after.grids, 1)).toBe(true);
    });
  });

  it('on streets perturbed near the thresholds', () => {
    const base = demoShapes(0.05, 7);
    const taken = { fast: 0, exact: 0 };
    const move = fc.record({
      kind: fc.constantFrom('one', 'shared', 'tJunction', 'street'),
      grid: fc.nat(),
      vertex: fc.nat(),
      // 10^-13 degrees (far below rounding) to 10^-5 (about a metre): the 1 m² threshold
      // falls around 10^-8 to 10^-7 for edges of a hundred metres or so.
      // Just under the T-junction tolerance (10^-9), so a long edge's ignored sliver nears 0.01 m².
      exponent: fc.oneof(fc.double({ min: -13, max: -5, noNaN: true }), fc.constantFrom(-9.001, -9.05)),
      angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 3 }), fc.constantFrom(1, 0.05, 0.01), (moves, minAreaM2) => {
        const input: ValidateInput = { ...perturbed(base, moves), options: { minAreaM2 } };
        if (gridsTileStreet(input.street, input.grids, minAreaM2)) taken.fast++;
        else taken.exact++;
        expect(outcome(input, false)).toEqual(outcome(input, true));
      }),
      { numRuns: 60, seed: 20261202 },
    );
    // Both branches were exercised.
    expect(taken.fast).toBeGreaterThan(5);
    expect(taken.exact).toBeGreaterThan(5);
  });

  it('on streets with real overlaps and gaps (boundaries redrawn metres off their neighbours)', () => {
    const base = demoShapes(0.3, 11);
    let windowed = 0;
    let found = 0;
    const drag = fc.record({
      kind: fc.constantFrom('vertex', 'midpoint', 'shiftGrid', 'street'),
      grid: fc.nat(),
      vertex: fc.nat(),
      // 0.5 m to 40 m (1e-5 degrees is about 1 m).
      metres: fc.double({ min: 0.5, max: 40, noNaN: true }),
      angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(drag, { minLength: 1, maxLength: 6 }), fc.constantFrom(1, 0.05), (drags, minAreaM2) => {
        const input: ValidateInput = { ...dragged(base, drags), options: { minAreaM2 } };
        const fast = outcome(input, false);
        const exact = outcome(input, true);
        if (defectWindows(input.street, input.grids, minAreaM2)?.length) windowed++;
        if ('problems' in exact) found += exact.problems.filter((p) => ['overlap', 'gap', 'outsideStreet'].includes(p.kind)).length;
        expect(comparable(fast)).toEqual(comparable(exact));
      }),
      { numRuns: 40, seed: 20261203 },
    );
    // The windowed clipping was what ran, and it had defects to find.
    expect(windowed).toBeGreaterThan(30);
    expect(found).toBeGreaterThan(40);
  });
});

/**
 * Problems as a list to compare: sorted, with areas, widths and boxes rounded to what
 * separates a real difference from the last bits of two clippings of the same shape.
 */
function comparable(o: Outcome) {
  if ('error' in o) return o;
  const near = (v: number, step: number) => Math.round(v / step) * step;
  return o.problems
    .map((p) => ({
      kind: p.kind,
      gridIds: p.gridIds,
      areaM2: p.areaM2 === null ? null : near(p.areaM2, 0.1),
      bbox: p.bbox.map((v) => near(v, 1e-7)),
      detail: Object.fromEntries(Object.entries(p.detail).map(([k, v]) => [k, typeof v === 'number' ? near(v, 0.1) : v])),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

interface Drag {
  kind: 'vertex' | 'midpoint' | 'shiftGrid' | 'street';
  grid: number;
  vertex: number;
  metres: number;
  angle: number;
}

/** Boundaries moved the way a hand-drawn edit leaves them: the neighbours do not follow. */
function dragged(base: { street: Polygon; grids: GridShape[]; buildings: BuildingShape[] }, drags: readonly Drag[]) {
  const clone = (p: Polygon): Polygon => ({ type: 'Polygon', coordinates: p.coordinates.map((r) => r.map((q) => [q[0]!, q[1]!])) });
  const street = clone(base.street);
  const grids = base.grids.map((g) => ({ ...g, geometry: clone(g.geometry) }));
  for (const d of drags) {
    const dx = d.metres * 1e-5 * Math.cos(d.angle);
    const dy = d.metres * 1e-5 * Math.sin(d.angle);
    const ring = (d.kind === 'street' ? street : grids[d.grid % grids.length]!.geometry).coordinates[0]!;
    const open = ring.length - 1;
    const i = d.vertex % open;
    const p = ring[i]!;
    if (d.kind === 'shiftGrid') {
      for (const v of ring) [v[0], v[1]] = [v[0]! + dx, v[1]! + dy];
    } else if (d.kind === 'midpoint') {
      const q = ring[i + 1]!;
      ring.splice(i + 1, 0, [(p[0]! + q[0]!) / 2 + dx, (p[1]! + q[1]!) / 2 + dy]);
    } else {
      ring[i] = [p[0]! + dx, p[1]! + dy];
      if (i === 0) ring[open] = [p[0]! + dx, p[1]! + dy];
    }
  }
  return { street, grids, buildings: base.buildings };
}

interface Move {
  kind: 'one' | 'shared' | 'tJunction' | 'street';
  grid: number;
  vertex: number;
  exponent: number;
  angle: number;
}

function perturbed(base: { street: Polygon; grids: GridShape[]; buildings: BuildingShape[] }, moves: readonly Move[]) {
  const clone = (p: Polygon): Polygon => ({ type: 'Polygon', coordinates: p.coordinates.map((r) => r.map((q) => [q[0]!, q[1]!])) });
  const street = clone(base.street);
  const grids = base.grids.map((g) => ({ ...g, geometry: clone(g.geometry) }));
  for (const m of moves) {
    const d = 10 ** m.exponent;
    const dx = d * Math.cos(m.angle);
    const dy = d * Math.sin(m.angle);
    const target = m.kind === 'street' ? street : grids[m.grid % grids.length]!.geometry;
    const ring = target.coordinates[0]!;
    const open = ring.length - 1;
    const i = m.vertex % open;
    const p = ring[i]!;
    if (m.kind === 'tJunction') {
      // A vertex near the middle of an edge that the neighbour does not have.
      const q = ring[i + 1]!;
      ring.splice(i + 1, 0, [(p[0]! + q[0]!) / 2 + dx, (p[1]! + q[1]!) / 2 + dy]);
      continue;
    }
    const [x, y] = [p[0]!, p[1]!];
    const shift = (r: Position[]) => {
      for (const v of r) if (v[0] === x && v[1] === y) [v[0], v[1]] = [x + dx, y + dy];
    };
    if (m.kind === 'shared') {
      // Every ring holding this vertex moves it: the street stays tiled.
      for (const g of grids) shift(g.geometry.coordinates[0]!);
      shift(street.coordinates[0]!);
    } else shift(ring);
  }
  return { street, grids, buildings: base.buildings };
}
