// The 15-minute service circles against the scale-0.05 demo street: the households left
// outside agree with an independent haversine count, a building 799 m from a facility is
// served and one 801 m away is not, the circles have the model's radius, and bad kinds
// are refused. The small street is about 800 m across, so any facility near its middle
// reaches every home: on this copy the volunteer points are moved to the south-west
// corner, leaving the north-east outside their circles.
import { area, booleanPointInPolygon, destination } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACILITY_KINDS, type FacilityKind } from '../../src/shared/domain';
import type { CoverageResult } from '../../src/shared/thematic';
import { SERVICE_RADIUS_M, WALKING_MODEL } from '../../src/shared/walkingModel';
import { computeCoverage } from '../../src/main/core/coverage/computeCoverage';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok, err } from '../helpers/apiResult';

let core: CoreHandle;
let db: Db;
let remove: () => void;
let operator: string;

beforeAll(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  operator = ok<{ token: string }>(await core.call('auth.unlock', { username: 'operator', password: 'streetops' }, null)).token;
  const paths = dataPaths(street.dir);
  db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
  const corner = db.prepare('SELECT min(center_lng) AS lng, min(center_lat) AS lat FROM building').get() as { lng: number; lat: number };
  db.prepare("UPDATE facility SET lng = ? + (id % 3) * 0.0003, lat = ? WHERE kind = 'volunteer_point'").run(corner.lng, corner.lat);
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

/** Great-circle distance in metres, written out here rather than borrowed from the code under test. */
function haversineM(a: [number, number], b: [number, number]): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Households outside every circle, per grid, counted household by household. */
function independentOutside(kinds: readonly FacilityKind[]): { perGrid: Map<number, number>; total: number } {
  const marks = kinds.map(() => '?').join(', ');
  const facilities = db.prepare(`SELECT lng, lat FROM facility WHERE kind IN (${marks})`).all(...kinds) as { lng: number; lat: number }[];
  const homes = db.prepare('SELECT b.grid_id AS gridId, b.center_lng AS lng, b.center_lat AS lat FROM household h JOIN building b ON b.id = h.building_id').all() as {
    gridId: number;
    lng: number;
    lat: number;
  }[];
  const perGrid = new Map<number, number>();
  let total = 0;
  for (const h of homes) {
    if (facilities.some((f) => haversineM([f.lng, f.lat], [h.lng, h.lat]) <= SERVICE_RADIUS_M)) continue;
    perGrid.set(h.gridId, (perGrid.get(h.gridId) ?? 0) + 1);
    total++;
  }
  return { perGrid, total };
}

const KIND_SETS: FacilityKind[][] = [[...FACILITY_KINDS], ['volunteer_point'], ['convenience_station'], ['party_service_center', 'volunteer_point']];

describe('coverage.compute', () => {
  it('states the walking model: 4 km/h for 15 minutes is 1,000 m of path, 800 m in a straight line', () => {
    expect(WALKING_MODEL).toEqual({ speedKmh: 4, minutes: 15, detourFactor: 1.25, pathM: 1000, radiusM: 800 });
  });

  it.each(KIND_SETS)('counts the households outside every circle per grid as a household-by-household check does (%s …)', async (...kinds) => {
    const result = ok<CoverageResult>(await core.call('coverage.compute', { kinds }, operator));
    const expected = independentOutside(kinds);
    expect(result.totals.outside).toBe(expected.total);
    for (const row of result.grids) expect(row.outside, `grid ${row.code}`).toBe(expected.perGrid.get(row.gridId) ?? 0);
    expect(result.totals.households).toBe(db.prepare('SELECT count(*) FROM household').pluck().get());
    expect(result.grids.reduce((s, g) => s + g.households, 0)).toBe(result.totals.households);
    // The map's buildings hold exactly the households outside, and none is within reach.
    expect(result.outsideBuildings.features.reduce((s, f) => s + f.properties.households, 0)).toBe(result.totals.outside);
    // Most households outside first.
    expect(result.grids.map((g) => g.outside)).toEqual([...result.grids.map((g) => g.outside)].sort((a, b) => b - a));
    expect(result.facilities).toBe(result.circles.features.length);
  });

  it('leaves some households outside the volunteer points alone, and fewer once every kind counts', async () => {
    const volunteer = ok<CoverageResult>(await core.call('coverage.compute', { kinds: ['volunteer_point'] }, operator));
    const all = ok<CoverageResult>(await core.call('coverage.compute', { kinds: [...FACILITY_KINDS] }, operator));
    expect(volunteer.totals.outside).toBeGreaterThan(100);
    expect(volunteer.grids[0]!.outside).toBeGreaterThan(0);
    expect(volunteer.outsideBuildings.features.length).toBeGreaterThan(1);
    expect(all.totals.outside).toBeLessThan(volunteer.totals.outside);
  });

  it('draws circles of the model radius around each facility of the chosen kinds', async () => {
    const result = ok<CoverageResult>(await core.call('coverage.compute', { kinds: ['convenience_station'] }, operator));
    const stations = db.prepare("SELECT id, lng, lat FROM facility WHERE kind = 'convenience_station' ORDER BY id").all() as { id: number; lng: number; lat: number }[];
    expect(result.circles.features.map((f) => f.properties.facilityId)).toEqual(stations.map((s) => s.id));
    for (const [i, circle] of result.circles.features.entries()) {
      const s = stations[i]!;
      expect(circle.properties.kind).toBe('convenience_station');
      for (const vertex of circle.geometry.coordinates[0]!) expect(haversineM([s.lng, s.lat], vertex as [number, number])).toBeCloseTo(800, 0);
    }
  });

  it('merges the circles into one served area holding every facility and no home left outside', async () => {
    const result = ok<CoverageResult>(await core.call('coverage.compute', { kinds: ['volunteer_point', 'convenience_station'] }, operator));
    expect(result.coveredArea.features).toHaveLength(1);
    const served = result.coveredArea.features[0]!;
    const facilities = db.prepare("SELECT lng, lat FROM facility WHERE kind IN ('volunteer_point', 'convenience_station')").all() as { lng: number; lat: number }[];
    for (const f of facilities) expect(booleanPointInPolygon([f.lng, f.lat], served)).toBe(true);
    for (const b of result.outsideBuildings.features) expect(booleanPointInPolygon(b.geometry.coordinates, served)).toBe(false);
    // Less than the circles' areas added up (they overlap), more than any one of them.
    const areas = result.circles.features.map((c) => area(c));
    expect(area(served)).toBeLessThan(areas.reduce((a, b) => a + b, 0));
    expect(area(served)).toBeGreaterThan(Math.max(...areas));
  });

  it('serves a building 799 m from a facility and not one 801 m away', () => {
    // On this copy only: one volunteer point at a known place, two homes north-east of it.
    const grid = db.prepare('SELECT id FROM grid ORDER BY code LIMIT 1').pluck().get() as number;
    const origin: [number, number] = [106.51, 29.5];
    db.prepare('DELETE FROM facility WHERE kind = ?').run('volunteer_point');
    db.prepare("INSERT INTO facility (kind, name, grid_id, address, open_hours, lng, lat) VALUES ('volunteer_point', '测试志愿服务点', ?, '测试地址', '每日', ?, ?)").run(grid, ...origin);
    const home = (code: string, metres: number): number => {
      const [lng, lat] = destination(origin, metres / 1000, 45, { units: 'kilometers' }).geometry.coordinates as [number, number];
      expect(haversineM(origin, [lng, lat])).toBeCloseTo(metres, 3);
      const footprint = JSON.stringify({ type: 'Polygon', coordinates: [[[lng, lat], [lng + 1e-5, lat], [lng, lat + 1e-5], [lng, lat]]] });
      const id = Number(
        db
          .prepare(
            `INSERT INTO building (grid_id, code, name, road, house_number, address, floors, use, built_year, footprint, center_lng, center_lat, min_lng, min_lat, max_lng, max_lat)
             VALUES (?, ?, ?, '测试路', '1号', ?, 6, 'residential', 2000, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(grid, code, code, code, footprint, lng, lat, lng, lat, lng + 1e-5, lat + 1e-5).lastInsertRowid,
      );
      for (const room of ['101', '102', '201']) {
        db.prepare("INSERT INTO household (building_id, unit, floor, room, address, tenure) VALUES (?, 1, 1, ?, ?, 'owner')").run(id, room, `${code}${room}`);
      }
      return id;
    };
    const near = home('TEST-799', 799);
    const far = home('TEST-801', 801);

    const result = computeCoverage(db, ['volunteer_point']);
    const outside = new Map(result.outsideBuildings.features.map((f) => [f.properties.buildingId, f.properties.households]));
    expect(outside.has(near)).toBe(false);
    expect(outside.get(far)).toBe(3);
    expect(result.totals.outside).toBe(independentOutside(['volunteer_point']).total);
    const row = result.grids.find((g) => g.gridId === grid)!;
    expect(row.outside).toBe(independentOutside(['volunteer_point']).perGrid.get(grid));
  });

  it('carries counts and places only: no person, phone or address', async () => {
    const result = ok<CoverageResult>(await core.call('coverage.compute', { kinds: [...FACILITY_KINDS] }, operator));
    const text = JSON.stringify(result);
    const names = db.prepare('SELECT name FROM resident ORDER BY id LIMIT 200').pluck().all() as string[];
    for (const name of names) expect(text).not.toContain(`"${name}"`);
    expect(text).not.toMatch(/address|phone|idNumber/i);
  });

  it('refuses no kinds, unknown kinds and repeated kinds', async () => {
    const details = async (input: unknown) => err(await core.call('coverage.compute', input, operator)).details;
    expect(await details({ kinds: [] })).toEqual([{ path: 'kinds', message: 'must name at least one facility kind' }]);
    expect(await details({ kinds: ['hospital'] })).toEqual([{ path: 'kinds.0', message: 'must be one of party_service_center, convenience_station, volunteer_point' }]);
    expect(await details({ kinds: ['volunteer_point', 'volunteer_point'] })).toEqual([{ path: 'kinds', message: 'must not repeat a kind' }]);
    expect(await details({})).toEqual([{ path: 'kinds', message: 'must be a list of facility kinds' }]);
  });
});
