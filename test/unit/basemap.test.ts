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
import { FIXTURE_CENTER, tileAt, writePmtilesFixture } from '../helpers/pmtilesFixture';
import { tempDir } from '../helpers/tempDir';

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
    ['a text file', () => (writeFileSync(join(files.path, 'notes.pmtiles'), 'hello, not tiles'), join(files.path, 'notes.pmtiles')), 'unknown_format', /notes\.pmtiles: is not a PMTiles file/],
    ['an MBTiles (SQLite) file', () => (writeFileSync(join(files.path, 'area.mbtiles'), Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(100)])), join(files.path, 'area.mbtiles')), 'unknown_format', /area\.mbtiles: is an SQLite\/MBTiles file/],
    ['image tiles', () => writePmtilesFixture(join(files.path, 'satellite.pmtiles'), { tileType: 2 }), 'not_vector', /satellite\.pmtiles: holds png image tiles/],
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
