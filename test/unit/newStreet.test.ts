// A street's own first start (issue #12, item 1) on a real encrypted database: the empty data
// directory waits for the first screen's choice; a new street is created encrypted with its
// first administrator's key slot; a directory holding anything of a street refuses and
// changes nothing; the setup checklist follows the imported boundary, grids, footprints and
// residents.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { createNewStreet, StreetExistsError } from '../../src/main/core/newStreet/createNewStreet';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import type { GisPreview } from '../../src/shared/gis';
import type { ImportPreview } from '../../src/shared/registerImport';
import type { FirstStartResult, SetupChecklist } from '../../src/shared/newStreet';
import type { MapBase, SessionStatus, UnlockResult } from '../../src/shared/views';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, FAST_SCRYPT, TEST_ANCHOR } from '../helpers/demoStreet';
import { buildingsGeoJson, communitiesGeoJson, gridsGeoJson, NEW_STREET, residentsWorkbook, streetGeoJson } from '../helpers/newStreetFixtures';
import { tempDir } from '../helpers/tempDir';

const digestDir = (dir: string) =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('the first start on an empty data directory', () => {
  let dir: { path: string; remove(): void };
  let core: StreetCore;
  let admin = '';

  beforeAll(async () => {
    dir = tempDir('streetops-new-street-');
    core = await startCore({ dataDir: dir.path, askFirstStart: true, demo: { scale: 0.05, seed: 7 }, now: () => TEST_ANCHOR });
  });
  afterAll(async () => {
    await core.close();
    dir.remove();
  });

  it('waits for the choice: status says empty with the directory, unlocking is refused, nothing is written', async () => {
    const status = ok<SessionStatus>(await core.call('session.status', {}, null));
    expect(status).toMatchObject({ state: 'empty', firstStart: { dataDir: dir.path, demo: true } });
    expect(err(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).code).toBe('not_ready');
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('refuses a new street with a code that is not its district’s, naming the field, and writes nothing', async () => {
    const bad = err(await core.call('firstStart.create', { ...NEW_STREET, streetCode: '110105001' }, null));
    expect(bad.code).toBe('invalid_input');
    expect(bad.details?.map((d) => d.path)).toContain('streetCode');
    const weak = err(await core.call('firstStart.create', { ...NEW_STREET, password: 'short' }, null));
    expect(weak.details?.map((d) => d.path)).toContain('password');
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('creates the street encrypted, with one key slot for its administrator, who then unlocks it', async () => {
    const made = ok<FirstStartResult>(await core.call('firstStart.create', NEW_STREET, null));
    expect(made).toEqual({ kind: 'new', state: 'locked', streetName: '新桥街道' });
    const paths = dataPaths(dir.path);
    expect(existsSync(`${paths.db}.creating`)).toBe(false);
    // Encrypted: no SQLite header in the clear.
    expect(readFileSync(paths.db).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const keyring = readKeyring(paths.keyring);
    expect(keyring.label).toEqual({ streetName: '新桥街道' });
    expect(keyring.entries.map((e) => e.username)).toEqual(['zhangwei']);
    await expect(unwrapMasterKey(keyring, 'zhangwei', 'wrong-password')).rejects.toThrow();
    const key = await unwrapMasterKey(keyring, 'zhangwei', NEW_STREET.password);
    const db = openDatabase(paths.db, key, { readonly: true });
    try {
      expect(db.prepare('SELECT code, name, district, city, area_km2 FROM street').get()).toEqual({ code: '500107009', name: '新桥街道', district: '九龙坡区', city: '重庆市', area_km2: 0 });
      expect(db.prepare('SELECT username, role, must_change_password FROM app_user').all()).toEqual([{ username: 'zhangwei', role: 'admin', must_change_password: 0 }]);
      expect(db.prepare('SELECT count(*) FROM case_category').pluck().get()).toBeGreaterThan(0);
      for (const table of ['community', 'grid', 'building', 'resident', 'case_file']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
      expect(db.prepare("SELECT action FROM audit_log WHERE action = 'street.create'").pluck().all()).toEqual(['street.create']);
    } finally {
      db.close();
    }
    expect(ok<SessionStatus>(await core.call('session.status', {}, null))).toMatchObject({ state: 'locked', streetName: '新桥街道' });
    admin = ok<UnlockResult>(await core.call('auth.unlock', { username: 'zhangwei', password: NEW_STREET.password }, null)).token;
    expect(admin).toBeTruthy();
  });

  it('refuses a second first start now that the street is there, and changes nothing', async () => {
    const before = digestDir(dir.path);
    for (const input of [{ kind: 'demo' }, { ...NEW_STREET, streetName: '另一个街道' }]) {
      const refused = err(await core.call('firstStart.create', input, null));
      expect(refused.code).toBe('conflict');
      expect(refused.details?.[0]?.reason).toBe('street_exists');
      expect(refused.message).toMatch(/already holds a street \(新桥街道\)/);
    }
    expect(digestDir(dir.path)).toEqual(before);
  });

  it('starts the checklist empty: nothing but the street, every required step missing', async () => {
    const list = ok<SetupChecklist>(await core.call('newStreet.checklist', {}, admin));
    expect(list.newStreet).toBe(true);
    expect(list.complete).toBe(false);
    expect(list.items.map((i) => [i.step, i.state])).toEqual([
      ['boundary', 'missing'], ['communities', 'missing'], ['grids', 'missing'], ['buildings', 'missing'], ['residents', 'missing'],
      ['partyOrgs', 'missing'], ['tenants', 'missing'], ['gridStaff', 'missing'], ['facilities', 'missing'],
    ]);
    expect(list.items.find((i) => i.step === 'grids')?.link).toEqual({ kind: 'gis', layer: 'grids' });
  });

  const importGis = async (layer: string, name: string, bytes: Buffer, override?: string) => {
    const file = { name, base64: bytes.toString('base64') };
    const p = ok<GisPreview>(await core.call('gis.preview', { layer, file }, admin));
    expect(p.fileProblems).toEqual([]);
    // No residents are placed yet: no grid's household count is known, so none is "out of range".
    expect(p.gridProblems.filter((g) => g.kind === 'households')).toEqual([]);
    return ok(await core.call('gis.commit', { layer, file, digest: p.digest, ...(override ? { override: { reason: override } } : {}) }, admin));
  };
  const checklist = async () => ok<SetupChecklist>(await core.call('newStreet.checklist', {}, admin));
  const item = (list: SetupChecklist, step: string) => list.items.find((i) => i.step === step)!;

  it('follows the imports: a gap while a grid is missing, then green once grids, buildings and residents are in', async () => {
    await importGis('street', '街道边界.geojson', streetGeoJson());
    await importGis('communities', '社区.geojson', communitiesGeoJson());
    // Three of the four grids: the street is not covered.
    await importGis('grids', '网格.geojson', gridsGeoJson('QD-02'), '先导入三个网格');
    let list = await checklist();
    expect(item(list, 'boundary').state).toBe('done');
    expect(item(list, 'communities').state).toBe('done');
    expect(item(list, 'grids')).toMatchObject({ state: 'problem', count: 3, issues: [{ kind: 'gap', count: 1 }] });

    await importGis('grids', '网格.geojson', gridsGeoJson());
    await importGis('buildings', '楼栋.geojson', buildingsGeoJson());
    list = await checklist();
    expect(item(list, 'grids')).toMatchObject({ state: 'done', count: 4, issues: [] });
    expect(item(list, 'buildings')).toMatchObject({ state: 'done', count: 4 });
    expect(item(list, 'residents').state).toBe('missing');
    expect(list.complete).toBe(false);

    const base = ok<MapBase>(await core.call('map.base', {}, admin));
    const communityId = base.communities.features.find((f) => f.properties.name === '新桥社区')!.properties.id;
    const file = { name: '居民台账.xlsx', base64: (await residentsWorkbook()).toString('base64') };
    const preview = ok<ImportPreview>(await core.call('register.import.preview', { register: 'residents', communityId, file }, admin));
    expect(preview.totals.rejected).toBe(0);
    expect(preview.totals.new).toBe(3);
    ok(await core.call('register.import.commit', { register: 'residents', communityId, file, digest: preview.digest }, admin));
    list = await checklist();
    expect(item(list, 'residents')).toMatchObject({ state: 'done', count: 3 });
    // Now 新桥社区's two households are placed: its grids' counts are known and far under the
    // range (an advisory each); 桥东社区 has none placed yet, so its grids are not judged.
    const grids = ok<GisPreview>(await core.call('gis.preview', { layer: 'grids', file: { name: '网格.geojson', base64: gridsGeoJson().toString('base64') } }, admin));
    const advised = grids.gridProblems.filter((g) => g.kind === 'households').map((g) => [g.detail.gridCode, g.detail.direction]);
    expect(advised.sort()).toEqual([['XQ-01', 'under'], ['XQ-02', 'under']]);
    expect(list.complete).toBe(true);
    // The quick look (no validation) agrees on the counts.
    const quick = ok<SetupChecklist>(await core.call('newStreet.checklist', { coverage: false }, admin));
    expect(quick.items.map((i) => i.count)).toEqual(list.items.map((i) => i.count));
    // Six commits, each in a job thread of its own (started from source here, seconds each).
  }, 240_000);

});

describe('a data directory that already holds a database', () => {
  it('never offers a new street: the start reports the problem and firstStart.create is refused, nothing touched', async () => {
    const dir = tempDir('streetops-new-street-db-');
    try {
      writeFileSync(join(dir.path, 'streetops.db'), Buffer.alloc(8192, 7));
      const before = digestDir(dir.path);
      const core = await startCore({ dataDir: dir.path, askFirstStart: true, demo: { scale: 0.05, seed: 7 }, now: () => TEST_ANCHOR });
      try {
        const status = ok<SessionStatus>(await core.call('session.status', {}, null));
        expect(status.state).toBe('unavailable');
        expect(status.firstStart).toBeUndefined();
        const refused = err(await core.call('firstStart.create', NEW_STREET, null));
        expect(refused).toMatchObject({ code: 'conflict', details: [{ reason: 'street_exists' }] });
        expect(refused.message).toMatch(/cannot be opened \(keyring_missing\)/);
      } finally {
        await core.close();
      }
      await expect(createNewStreet({ dataDir: dir.path, street: NEW_STREET, now: TEST_ANCHOR, scrypt: FAST_SCRYPT })).rejects.toThrow(StreetExistsError);
      expect(digestDir(dir.path)).toEqual(before);
    } finally {
      dir.remove();
    }
  });

  it('refuses over a complete street (the demo), and its administrators may read the checklist, no other role', async () => {
    const street = await demoStreetCopy();
    try {
      const before = digestDir(street.dir);
      await expect(createNewStreet({ dataDir: street.dir, street: NEW_STREET, now: TEST_ANCHOR, scrypt: FAST_SCRYPT })).rejects.toThrow(/already holds a street/);
      expect(digestDir(street.dir)).toEqual(before);
      const core = await startCore({ dataDir: street.dir, askFirstStart: true, now: () => TEST_ANCHOR });
      try {
        expect(ok<SessionStatus>(await core.call('session.status', {}, null)).state).toBe('locked');
        expect(err(await core.call('firstStart.create', { kind: 'demo' }, null)).code).toBe('conflict');
        const token = (u: string) => core.call('auth.unlock', { username: u, password: 'streetops' }, null).then((r) => ok<UnlockResult>(r).token);
        const list = ok<SetupChecklist>(await core.call('newStreet.checklist', { coverage: false }, await token('admin')));
        expect(list.newStreet).toBe(false);
        expect(list.items.filter((i) => i.required).every((i) => i.count > 0)).toBe(true);
        expect(err(await core.call('newStreet.checklist', {}, await token('dispatcher'))).code).toBe('unauthorized');
      } finally {
        await core.close();
      }
    } finally {
      street.remove();
    }
  });

  it('clears only its own half-made files: a marker without a keyring is finished by the next first start', async () => {
    const dir = tempDir('streetops-new-street-half-');
    try {
      mkdirSync(dir.path, { recursive: true });
      writeFileSync(join(dir.path, 'streetops.db'), Buffer.alloc(4096, 1));
      writeFileSync(join(dir.path, 'streetops.db.creating'), '');
      await createNewStreet({ dataDir: dir.path, street: NEW_STREET, now: TEST_ANCHOR, scrypt: FAST_SCRYPT });
      expect(readdirSync(dir.path).sort()).toEqual(['keyring.json', 'streetops.db']);
    } finally {
      dir.remove();
    }
  });
});
