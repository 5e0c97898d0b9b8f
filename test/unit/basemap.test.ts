// The offline basemap (issue #12 item 3): an administrator chooses a PMTiles file through
// the core, which checks it (signature, version, vector tiles, the street's area, zoom
// levels) and refuses with a message naming the file; tiles are read from it through the
// `pmtiles` library and decode as the layers the fixture wrote.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasemapTile, BasemapView } from '../../src/shared/basemap';
import type { PushedEvent } from '../../src/shared/events';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import Database from 'better-sqlite3-multiple-ciphers';
import { FIXTURE_CENTER, tileAt, writeMbtilesFixture, writePmtilesFixture } from '../helpers/pmtilesFixture';
import { tempDir } from '../helpers/tempDir';

/** A plain SQLite file with other tables: what a mistaken pick of some other database looks like. */
function sqliteWithout(file: string): string {
  const db = new Database(file);
  db.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)');
  db.close();
  return file;
}

const roadNames = (data: Uint8Array): string[] => {
  const roads = new VectorTile(new PbfReader(data)).layers.roads!;
  return Array.from({ length: roads.length }, (_, i) => String(roads.feature(i).properties.name));
};

describe('offline basemap', () => {
  let street: { dir: string; remove(): void };
  let files: { path: string; remove(): void };
  let core: StreetCore;
  let admin: string;
  let dispatcher: string;
  let good: string;
  const events: PushedEvent[] = [];

  beforeAll(async () => {
    street = await demoStreetCopy();
    files = tempDir('streetops-basemap-');
    good = writePmtilesFixture(join(files.path, 'jiulong.pmtiles'));
    core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
    core.subscribe((e) => events.push(e));
    admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  });
  afterAll(async () => {
    await core.close();
    street.remove();
    files.remove();
  });

  it('has none at first: the map draws as before, and a tile read says no basemap is chosen', async () => {
    const view = ok<BasemapView>(await core.call('basemap.get', {}, dispatcher));
    expect(view).toEqual({ info: null, path: null, problem: null, problemMessage: null });
    expect(err(await core.call('basemap.tile', { z: 14, x: 1, y: 1 }, dispatcher)).code).toBe('not_found');
  });

  it('refuses other roles in the core', async () => {
    const refused = err(await core.call('basemap.set', { path: good }, dispatcher));
    expect(refused.code).toBe('unauthorized');
    expect(ok<BasemapView>(await core.call('basemap.get', {}, admin)).path).toBeNull();
  });

  it('takes the fixture: header read, stored, audited, pushed', async () => {
    const view = ok<BasemapView>(await core.call('basemap.set', { path: good }, admin));
    expect(view.problem).toBeNull();
    expect(view.info).toMatchObject({ kind: 'pmtiles', fileName: 'jiulong.pmtiles', minZoom: 10, maxZoom: 14, attribution: '© OpenStreetMap contributors' });
    expect(view.info?.bounds[0]).toBeCloseTo(FIXTURE_CENTER[0] - 0.05, 6);
    expect(ok<BasemapView>(await core.call('basemap.get', {}, dispatcher)).info?.path).toBe(good);
    expect(events.some((e) => e.name === 'basemap.changed' && (e.payload as { path: string }).path === good)).toBe(true);
    const db = await openStreetReadonly(street.dir);
    try {
      const audit = db.prepare("SELECT user_id, detail FROM audit_log WHERE action = 'basemap.set' ORDER BY id DESC LIMIT 1").get() as { user_id: number; detail: string };
      expect(JSON.parse(audit.detail)).toMatchObject({ path: good, kind: 'pmtiles' });
      const stored = db.prepare("SELECT value FROM setting WHERE key = 'basemap'").pluck().get() as string;
      expect(JSON.parse(stored)).toEqual({ path: good });
    } finally {
      db.close();
    }
  });

  it('reads tiles through the pmtiles library: decoded MVT with the Protomaps layer names', async () => {
    const at = tileAt(FIXTURE_CENTER[0], FIXTURE_CENTER[1], 14);
    const tile = ok<BasemapTile>(await core.call('basemap.tile', at, dispatcher));
    expect(tile).not.toBeNull();
    const decoded = new VectorTile(new PbfReader(tile!.data));
    expect(Object.keys(decoded.layers).sort()).toEqual(expect.arrayContaining(['roads', 'landuse']));
    const roads = decoded.layers.roads!;
    const names = Array.from({ length: roads.length }, (_, i) => roads.feature(i).properties.name);
    expect(names).toContain('九龙大道');
    // Outside the file's zoom levels and its area: no tile (the map leaves it empty), not an error.
    expect(ok<BasemapTile>(await core.call('basemap.tile', tileAt(FIXTURE_CENTER[0], FIXTURE_CENTER[1], 16), dispatcher))).toBeNull();
    expect(ok<BasemapTile>(await core.call('basemap.tile', tileAt(116.4, 39.9, 12), dispatcher))).toBeNull();
    expect(err(await core.call('basemap.tile', { z: 3, x: 8, y: 0 }, dispatcher)).code).toBe('invalid_input');
  });

  const refusals: [string, () => string, string, RegExp][] = [
    ['a text file', () => (writeFileSync(join(files.path, 'notes.pmtiles'), 'hello, not tiles'), join(files.path, 'notes.pmtiles')), 'unknown_format', /notes\.pmtiles: is neither a PMTiles nor an MBTiles file/],
    ['an SQLite database that is not MBTiles', () => sqliteWithout(join(files.path, 'ledger.mbtiles')), 'unknown_format', /ledger\.mbtiles: is an SQLite database but not MBTiles/],
    ['image tiles in MBTiles', () => writeMbtilesFixture(join(files.path, 'aerial.mbtiles'), { tileType: 2 }), 'not_vector', /aerial\.mbtiles: holds png tiles, not vector tiles/],
    ['an MBTiles file of another city', () => writeMbtilesFixture(join(files.path, 'shanghai.mbtiles'), { center: [121.47, 31.23] }), 'outside_street', /shanghai\.mbtiles: covers 121\.4200/],
    ['image tiles', () => writePmtilesFixture(join(files.path, 'satellite.pmtiles'), { tileType: 2 }), 'not_vector', /satellite\.pmtiles: holds png tiles, not vector tiles/],
    ['another city (Beijing)', () => writePmtilesFixture(join(files.path, 'beijing.pmtiles'), { center: [116.4, 39.9] }), 'outside_street', /beijing\.pmtiles: covers 116\.3500.*does not reach the street/],
    ['too few zoom levels', () => writePmtilesFixture(join(files.path, 'country.pmtiles'), { minZoom: 4, maxZoom: 8 }), 'zoom_range', /country\.pmtiles: has zoom levels 4–8/],
    ['a missing file', () => join(files.path, 'gone.pmtiles'), 'not_found', /gone\.pmtiles: no such file/],
    ['a folder', () => files.path, 'not_a_file', /is a folder/],
    ['a relative path', () => 'maps/street.pmtiles', 'not_found', /give the full path/],
  ];
  for (const [what, make, reason, message] of refusals) {
    it(`refuses ${what} with its reason, and keeps the current choice`, async () => {
      const refused = err(await core.call('basemap.set', { path: make() }, admin));
      expect(refused.code).toBe('invalid_input');
      expect(refused.details?.[0]).toMatchObject({ path: 'path', reason });
      expect(refused.message).toMatch(message);
      expect(ok<BasemapView>(await core.call('basemap.get', {}, admin)).path).toBe(good);
    });
  }

  it('takes an MBTiles file too: rows read in TMS order, tiles the same as the PMTiles ones', async () => {
    const mb = writeMbtilesFixture(join(files.path, 'vendor.mbtiles'));
    const at = tileAt(FIXTURE_CENTER[0], FIXTURE_CENTER[1], 14);
    const fromPmtiles = ok<BasemapTile>(await core.call('basemap.tile', at, dispatcher));
    const view = ok<BasemapView>(await core.call('basemap.set', { path: mb }, admin));
    expect(view.info).toMatchObject({ kind: 'mbtiles', fileName: 'vendor.mbtiles', minZoom: 10, maxZoom: 14, attribution: '© OpenStreetMap contributors' });
    const fromMbtiles = ok<BasemapTile>(await core.call('basemap.tile', at, dispatcher));
    expect(roadNames(fromMbtiles!.data)).toContain('九龙大道');
    expect(Buffer.from(fromMbtiles!.data).equals(Buffer.from(fromPmtiles!.data))).toBe(true);
    // The row south of it is another tile: a y read the wrong way round would not tell them apart.
    const south = ok<BasemapTile>(await core.call('basemap.tile', { ...at, y: at.y + 1 }, dispatcher));
    expect(south === null || !Buffer.from(south.data).equals(Buffer.from(fromMbtiles!.data))).toBe(true);
    ok(await core.call('basemap.set', { path: good }, admin));
  });

  it('says so when the chosen file has gone, and turns off', async () => {
    const moved = writePmtilesFixture(join(files.path, 'usb.pmtiles'));
    ok(await core.call('basemap.set', { path: moved }, admin));
    writeFileSync(moved, 'overwritten');
    const view = ok<BasemapView>(await core.call('basemap.get', {}, admin));
    expect(view).toMatchObject({ info: null, path: moved, problem: 'unknown_format' });
    const off = ok<BasemapView>(await core.call('basemap.set', { path: null }, admin));
    expect(off).toEqual({ info: null, path: null, problem: null, problemMessage: null });
    expect(err(await core.call('basemap.tile', { z: 14, x: 1, y: 1 }, dispatcher)).code).toBe('not_found');
  });
});
