// The demo street, built from its plan without a database, must pass every geometric
// rule: its grids come from a shared-vertex lattice and its buildings from slots inside
// single cells, so any problem reported here is a false alarm in the validator.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planBuildings } from '../../src/main/core/demo/buildings';
import type { Pt } from '../../src/main/core/demo/geometry/planar';
import { Projection } from '../../src/main/core/demo/geometry/projection';
import { planStreet, STREET } from '../../src/main/core/demo/plan';
import { Rng } from '../../src/main/core/demo/rng';
import { PointGridIndex, validateGrids, type BuildingShape, type GridShape } from '../../src/main/core/grids/geometry';

function demoShapes(scale: number, seed: number): { street: Polygon; grids: GridShape[]; buildings: BuildingShape[] } {
  // The same forks generateDemoStreet uses, so these are the shapes the database would hold.
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

describe('the demo street passes the grid rules', () => {
  for (const [scale, seed] of [
    [0.05, 7], // the street the other tests build
    [1, 2026], // the street the app generates on first start
  ] as const) {
    it(`scale ${scale}, seed ${seed}`, () => {
      const { street, grids, buildings } = demoShapes(scale, seed);
      expect(grids.length).toBeGreaterThan(scale < 1 ? 3 : 150);
      // Household counts at small scales are not the rule's business here; everything else must be clean.
      const problems = validateGrids({ street, grids, buildings }).filter((p) => p.kind !== 'households');
      expect(problems.map((p) => `${p.kind} ${p.gridIds.join('/')} ${JSON.stringify(p.detail)}`)).toEqual([]);

      // Every building centre lies in the grid the plan put it in.
      const index = new PointGridIndex(grids);
      const plan = planBuildings(new Rng(seed, 'demo').fork('buildings'), planStreet(new Rng(seed, 'demo').fork('plan'), scale)).buildings;
      const assigned = index.assignAll(buildings.map((b) => b.center));
      expect([...assigned]).toEqual(plan.map((b) => b.grid + 1));
    });
  }

  it('a local check around one grid is clean too', () => {
    const { street, grids, buildings } = demoShapes(1, 2026);
    for (const g of [grids[0]!, grids[Math.floor(grids.length / 2)]!, grids[grids.length - 1]!]) {
      const problems = validateGrids({ street, grids, buildings, within: g.geometry }).filter((p) => p.kind !== 'households');
      expect(problems).toEqual([]);
    }
  });
});
