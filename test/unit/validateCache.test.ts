// The core worker keeps the parsed street between whole-street validations (grids/
// validationInputCache.ts) until the 'geometry' change stamp moves. It must never answer
// from a stale copy: after a footprint edit, its undoing, a grid split and a new
// household, grid.validate gives exactly what the rules give on the street read afresh.
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreetValidation } from '../../src/shared/gridEdit';
import type { Db } from '../../src/main/core/db/database';
import { validateGrids } from '../../src/main/core/grids/geometry';
import { PointGridIndex } from '../../src/main/core/grids/geometry/pointGridIndex';
import { streetValidationInput } from '../../src/main/core/grids/validateStreet';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

/** A 10 m square just to one side of the middle of a long edge two grids share: a building cut in two. */
function straddlingSquare(db: Db): Polygon {
  const { grids } = streetValidationInput(db);
  const index = new PointGridIndex(grids);
  for (const g of grids) {
    const ring = g.geometry.coordinates[0]!;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      const len = Math.hypot(bx - ax, by - ay);
      if (len < 5e-4) continue;
      const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
      const [nx, ny] = [-(by - ay) / len, (bx - ax) / len];
      const one = index.gridAt(mx + nx * 2e-5, my + ny * 2e-5);
      const other = index.gridAt(mx - nx * 2e-5, my - ny * 2e-5);
      if (one === null || other === null || one === other) continue;
      const [cx, cy] = [mx + nx * 1e-5, my + ny * 1e-5];
      const h = 5e-5;
      return { type: 'Polygon', coordinates: [[[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]]] };
    }
  }
  throw new Error('no long shared edge on the demo street');
}

describe('whole-street validation after changes, through the API', () => {
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

  const validate = async () => ok<StreetValidation>(await core.call('grid.validate', {}, admin));
  const cutIds = (v: StreetValidation) => v.problems.filter((p) => p.kind === 'buildingCut').map((p) => p.detail.buildingId);
  const asReadAfresh = () => validateGrids(streetValidationInput(db));

  it('sees a footprint edit, its undoing, a grid split and a new household', async () => {
    const first = await validate();
    expect(first.problems).toEqual(asReadAfresh());
    expect(cutIds(first)).toEqual([]);
    // A second call, from the kept copy, answers the same.
    expect((await validate()).problems).toEqual(first.problems);

    const building = db.prepare('SELECT id, footprint FROM building ORDER BY id LIMIT 1').get() as { id: number; footprint: string };
    ok(await core.call('building.update', { id: building.id, footprint: straddlingSquare(db) }, admin));
    const cut = await validate();
    expect(cutIds(cut)).toEqual([building.id]);
    expect(cut.problems).toEqual(asReadAfresh());

    ok(await core.call('building.update', { id: building.id, footprint: JSON.parse(building.footprint) as Polygon }, admin));
    const restored = await validate();
    expect(cutIds(restored)).toEqual([]);
    expect(restored.problems).toEqual(first.problems);

    const grid = streetValidationInput(db).grids[0]!;
    const ring = grid.geometry.coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    const x = (Math.min(...xs) + Math.max(...xs)) / 2;
    const line = { type: 'LineString', coordinates: [[x, Math.min(...ys) - 0.001], [x, Math.max(...ys) + 0.001]] };
    ok(await core.call('grid.save', { ops: [{ op: 'split', gridId: grid.id, newKey: -1, line }] }, admin));
    const split = await validate();
    expect(split.grids).toBe(first.grids + 1);
    expect(split.problems).toEqual(asReadAfresh());

    const stamp = () => db.prepare(`SELECT stamp FROM change_stamp WHERE topic = 'geometry'`).pluck().safeIntegers().get() as bigint;
    const before = stamp();
    const inBuilding = db.prepare('SELECT id FROM building ORDER BY id LIMIT 1').pluck().get() as number;
    ok(await core.call('household.create', { buildingId: inBuilding, unit: 9, floor: 1, room: '9101', tenure: 'renter' }, admin));
    expect(stamp()).not.toBe(before);
    expect((await validate()).problems).toEqual(asReadAfresh());
  });
});
