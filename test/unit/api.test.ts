// The API boundary against a real encrypted demo street: inputs are parsed before any
// handler runs, bad input is refused with a specific message and changes nothing, and
// the read methods return what the map and the drawers need, to each role what the
// README's personal-data matrix allows (the dispatcher counts, the administrator masked members).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildingDetail, GridDetail, MapBase, SearchHit, StreetSummary } from '../../src/shared/views';
import { decodeBuildings, type MapBuildings } from '../../src/shared/buildingCodec';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok, err } from '../helpers/apiResult';

let core: CoreHandle;
let token: string;
/** The administrator: the role that gets a building's households, members masked. */
let admin: string;
let dir: string;
let remove: () => void;

/** A digest of every user table, to prove a refused call changed nothing. */
async function databaseDigest(): Promise<string> {
  const paths = dataPaths(dir);
  const db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly: true });
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%rtree%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    // WITHOUT ROWID tables (kept counts) have no rowid: order them by every column instead.
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]).map((c) => `"${c}"`).join(', ');
    const withoutRowid = /WITHOUT ROWID/i.test(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t) as string);
    for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY ${withoutRowid ? columns : 'rowid'}`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  db.close();
  return hash.digest('hex');
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core.close();
  remove();
});

describe('API boundary', () => {
  it('computes indicators and exports the ledger through the API, refusing a backwards period', async () => {
    const from = TEST_ANCHOR - 30 * 86_400_000;
    const rows = ok<{ key: string; due: number; onTimeRate: number | null }[]>(await core.call('indicators.compute', { from, to: TEST_ANCHOR, groupBy: 'grid' }, token));
    const total = rows.at(-1)!;
    expect(total.due).toBe(rows.slice(0, -1).reduce((n, r) => n + r.due, 0));
    expect(total.onTimeRate).toBeGreaterThan(0.5);
    expect(err(await core.call('indicators.compute', { from: TEST_ANCHOR, to: from }, token)).details).toEqual([{ path: 'to', message: 'must be after from' }]);
    const file = ok<{ fileName: string; base64: string }>(await core.call('ledger.export', { from, to: TEST_ANCHOR }, token));
    expect(file.fileName).toMatch(/^案件台账_.*\.xlsx$/);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses unknown methods, missing sessions and malformed input with specific messages, changing nothing', async () => {
    const before = await databaseDigest();
    expect(err(await core.call('cases.dropAll', {}, token))).toMatchObject({ code: 'unknown_method' });
    expect(err(await core.call('street.summary', {}, null))).toMatchObject({ code: 'unauthorized' });
    expect(err(await core.call('street.summary', {}, 'forged-token'))).toMatchObject({ code: 'unauthorized' });
    const badId = err(await core.call('building.detail', { id: 'seven' }, token));
    expect(badId).toMatchObject({ code: 'invalid_input', details: [{ path: 'id', message: 'must be a number' }] });
    expect(badId.message).toBe('building.detail: id must be a number');
    expect(err(await core.call('building.detail', { id: -3 }, token)).details).toEqual([{ path: 'id', message: 'must be positive' }]);
    expect(err(await core.call('building.detail', { id: 1, extra: true }, token)).details).toEqual([{ path: 'extra', message: 'is not a known field' }]);
    expect(err(await core.call('map.overlay', { kind: 'parcels' }, token)).details?.[0]?.path).toBe('kind');
    expect(err(await core.call('search.query', { q: '   ' }, token)).details).toEqual([{ path: 'q', message: 'is required (at least 1 characters)' }]);
    expect(err(await core.call('auth.unlock', { username: 'admin' }, null)).details?.[0]?.path).toBe('password');
    expect(err(await core.call('grid.detail', { id: 999999 }, token))).toMatchObject({ code: 'not_found', message: 'grid 999999 does not exist' });
    expect(await databaseDigest()).toBe(before);
  });

  it('serves the map payload consistent with the street summary', async () => {
    const summary = ok<StreetSummary>(await core.call('street.summary', {}, token));
    const base = ok<MapBase>(await core.call('map.base', {}, token));
    expect(base.street).toEqual(summary);
    expect(base.grids.features).toHaveLength(summary.grids);
    expect(base.communities.features).toHaveLength(summary.communities);
    expect(decodeBuildings(ok<MapBuildings>(await core.call('map.buildings', {}, token))).features).toHaveLength(summary.buildings);
    expect(base.grids.features.reduce((n, f) => n + f.properties.households, 0)).toBe(summary.households);
    expect(base.grids.features.reduce((n, f) => n + f.properties.openCases, 0)).toBe(summary.openCases);
    expect(base.roads.features.length).toBeGreaterThan(0);
    expect(summary.overdueCases).toBeGreaterThan(0);
    for (const kind of ['buildings', 'households', 'partyOrgs', 'tenants', 'cases', 'facilities'] as const) {
      const overlay = ok<{ kind: string; features: { features: unknown[] } }>(await core.call('map.overlay', { kind }, token));
      expect(overlay.kind).toBe(kind);
      expect(overlay.features.features.length).toBeGreaterThan(0);
    }
    const cases = ok<{ features: { features: unknown[] } }>(await core.call('map.overlay', { kind: 'cases' }, token));
    expect(cases.features.features).toHaveLength(summary.openCases);
  });

  it('opens a building with its households and people, and a grid with its 11XN staff', async () => {
    const base = ok<MapBase>(await core.call('map.base', {}, token));
    const buildings = decodeBuildings(ok<MapBuildings>(await core.call('map.buildings', {}, token)));
    const withHomes = buildings.features.find((f) => f.properties.households > 0)!;
    // The administrator gets the households and their members, names and ID numbers masked.
    const b = ok<BuildingDetail>(await core.call('building.detail', { id: withHomes.properties.id }, admin));
    expect(b.householdCount).toBe(withHomes.properties.households);
    expect(b.households).toHaveLength(b.householdCount);
    expect(b.households.reduce((n, h) => n + h.members.length, 0)).toBe(b.residentCount);
    expect(b.households[0]!.members.length).toBeGreaterThan(0);
    expect(b.households[0]!.members[0]!.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(b.households[0]!.members[0]!.name).toMatch(/^\S\*+$/);
    // The dispatcher may not see home addresses: the same counts, no household list.
    const counts = ok<BuildingDetail>(await core.call('building.detail', { id: withHomes.properties.id }, token));
    expect([counts.householdCount, counts.residentCount]).toEqual([b.householdCount, b.residentCount]);
    expect(counts.households).toEqual([]);
    const g = ok<GridDetail>(await core.call('grid.detail', { id: b.grid.id }, token));
    expect(g.staffCounts.grid_head).toBe(1);
    expect(g.staffCounts.grid_worker).toBe(1);
    expect(g.staffCounts.building_head).toBeGreaterThan(0);
    expect(g.counts.households).toBe(base.grids.features.find((f) => f.properties.id === g.id)!.properties.households);
  });

  it('finds a resident by name and lands on their building', async () => {
    const buildings = decodeBuildings(ok<MapBuildings>(await core.call('map.buildings', {}, token)));
    const withHomes = buildings.features.find((f) => f.properties.households > 0)!;
    const b = ok<BuildingDetail>(await core.call('building.detail', { id: withHomes.properties.id }, token));
    // Names come back masked, so the full name is read from the database, as a caller would type it.
    const db = await openStreetReadonly(dir);
    const person = db
      .prepare('SELECT r.id, r.name FROM resident r JOIN household h ON h.id = r.household_id WHERE h.building_id = ? ORDER BY r.id LIMIT 1')
      .get(b.id) as { id: number; name: string };
    db.close();
    expect(person).toBeDefined();
    const hits = ok<SearchHit[]>(await core.call('search.query', { q: person.name }, token));
    const hit = hits.find((h) => h.kind === 'resident' && h.id === person.id);
    expect(hit).toBeDefined();
    expect(hit!.buildingId).toBe(b.id);
    expect(hit!.center).toEqual(b.center);
    // The dispatcher's hit is masked and names the building, never the unit or room.
    expect(hit!.title).not.toBe(person.name);
    expect(hit!.title).toMatch(/^\S\*{1,2}$/);
    expect(Array.from(hit!.title)[0]).toBe(Array.from(person.name)[0]);
    expect(hit!.subtitle).toBe(b.name);
    const byAddress = ok<SearchHit[]>(await core.call('search.query', { q: b.name }, token));
    expect(byAddress.some((h) => h.kind === 'building' && h.id === b.id)).toBe(true);
    expect(ok<SearchHit[]>(await core.call('search.query', { q: '%' }, token))).toEqual([]);
  });
});
