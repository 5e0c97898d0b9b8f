// GET /basemap/<z>/<x>/<y> in the browser shell: a session token like the API's or 401,
// the tile's raw MVT bytes, 204 where the file has none, 404 before a basemap is chosen,
// 400 for a tile outside its zoom level, 405 for anything but GET.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { startServer, type RunningServer } from '../../src/main/serve/server';
import { ok } from '../helpers/apiResult';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { FIXTURE_CENTER, tileAt, writePmtilesFixture } from '../helpers/pmtilesFixture';
import { tempDir } from '../helpers/tempDir';

describe('the basemap tile route', () => {
  let core: StreetCore;
  let server: RunningServer;
  let token: string;
  let fixture: string;
  const cleanups: (() => void)[] = [];
  const inStreet = tileAt(FIXTURE_CENTER[0], FIXTURE_CENTER[1], 14);
  const path = (t: { z: number; x: number; y: number }) => `/basemap/${t.z}/${t.x}/${t.y}`;
  const get = (p: string, auth: string | null = token, method = 'GET') => fetch(`${server.url}${p}`, { method, headers: auth ? { Authorization: `Bearer ${auth}` } : {} });

  beforeAll(async () => {
    const street = await demoStreetCopy();
    const files = tempDir('streetops-basemap-route-');
    const web = tempDir();
    cleanups.push(street.remove, files.remove, web.remove);
    mkdirSync(join(web.path, 'assets'));
    writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>StreetOps</title>');
    fixture = writePmtilesFixture(join(files.path, 'jiulong.pmtiles'));
    core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
    server = await startServer({ core, staticDir: web.path });
    token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  });
  afterAll(async () => {
    await server.close();
    await core.close();
    cleanups.forEach((f) => f());
  });

  it('answers 404 before a basemap is chosen, and 401 without a session', async () => {
    expect((await get(path(inStreet))).status).toBe(404);
    ok(await core.call('basemap.set', { path: fixture }, token));
    expect((await get(path(inStreet), null)).status).toBe(401);
    expect((await get(path(inStreet), 'not-a-session')).status).toBe(401);
  });

  it('sends the tile as MVT bytes, 204 where the file has none, refuses what is not a tile', async () => {
    const res = await get(path(inStreet));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    const tile = new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer())));
    expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['roads', 'water']));
    expect((await get(path(tileAt(116.4, 39.9, 14)))).status).toBe(204);
    expect((await get('/basemap/3/9/1')).status).toBe(400);
    expect((await get('/basemap/14/x/1')).status).toBe(404);
    expect((await get(path(inStreet), token, 'POST')).status).toBe(405);
  });
});
