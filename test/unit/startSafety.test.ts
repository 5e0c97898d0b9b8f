// Never lose a street: a start or an unlock that finds a data directory it cannot open
// refuses with what is missing and how to recover, and creates, replaces or removes nothing.
import { createHash } from 'node:crypto';
import { existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { dataPaths } from '../../src/main/core/dataDir';
import type { SessionStatus, UnlockResult } from '../../src/shared/views';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';
import { err, ok } from '../helpers/apiResult';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Every file of the directory with its content digest: "nothing was touched" is this, unchanged. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) out[f] = createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
  return out;
}

async function coreOn(dir: string, withDemo = true): Promise<CoreHandle> {
  const core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR, ...(withDemo ? { demo: { scale: 0.05, seed: 7 } } : {}) });
  cleanups.push(() => core.close());
  return core;
}

async function street(): Promise<string> {
  const s = await demoStreetCopy();
  cleanups.push(s.remove);
  return s.dir;
}

async function status(core: CoreHandle): Promise<SessionStatus> {
  return ok<SessionStatus>(await core.call('session.status', {}, null));
}

describe('a start that finds a damaged data directory', () => {
  it('keyring removed: the database is untouched, no demo is generated, and the start says how to recover', async () => {
    const dir = await street();
    rmSync(dataPaths(dir).keyring);
    const before = snapshot(dir);
    const core = await coreOn(dir);
    await core.ready();
    const s = await status(core);
    expect(s.state).toBe('unavailable');
    expect(s.problem?.code).toBe('keyring_missing');
    expect(s.problem?.message).toMatch(/keyring\.json is missing/);
    expect(s.problem?.message).toMatch(/Put keyring\.json back/);
    const refused = err(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null));
    expect(refused.code).toBe('unavailable');
    expect(snapshot(dir)).toEqual(before);
  });

  it('database removed: nothing is created in its place', async () => {
    const dir = await street();
    rmSync(dataPaths(dir).db);
    const before = snapshot(dir);
    const core = await coreOn(dir);
    const s = await status(core);
    expect(s.problem?.code).toBe('database_missing');
    expect(err(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).code).toBe('unavailable');
    expect(existsSync(dataPaths(dir).db)).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });

  it('database emptied or cut short: named as such, left as it is', async () => {
    const dir = await street();
    const db = dataPaths(dir).db;
    truncateSync(db, 0);
    let core = await coreOn(dir);
    expect((await status(core)).problem?.code).toBe('database_empty');
    expect(statSync(db).size).toBe(0);
    await core.close();

    const dir2 = await street();
    const db2 = dataPaths(dir2).db;
    truncateSync(db2, statSync(db2).size - 1000);
    const before = snapshot(dir2);
    core = await coreOn(dir2);
    const s = await status(core);
    expect(s.problem?.code).toBe('database_truncated');
    expect(s.problem?.message).toMatch(/cut short/);
    expect(snapshot(dir2)).toEqual(before);
  });

  it('a damaged page is found by the integrity check at unlock, which refuses and changes nothing', async () => {
    const dir = await street();
    const db = dataPaths(dir).db;
    const pages = statSync(db).size / 4096;
    // Garble the middle of one page deep in the file: the header and schema still read fine.
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, Math.floor(pages * 0.6) * 4096 + 1024);
    closeSync(fd);
    const before = snapshot(dir);
    const core = await coreOn(dir);
    expect((await status(core)).state).toBe('locked');
    const refused = err(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null));
    expect(refused.code).toBe('unavailable');
    expect(refused.message).toMatch(/is damaged/);
    const s = await status(core);
    expect(s.state).toBe('unavailable');
    expect(s.problem?.code).toBe('database_damaged');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a database cut at a page boundary passes the size check and is caught at unlock', async () => {
    const dir = await street();
    const db = dataPaths(dir).db;
    truncateSync(db, Math.floor(statSync(db).size / 4096 / 2) * 4096);
    const before = snapshot(dir);
    const core = await coreOn(dir);
    expect(err(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).code).toBe('unavailable');
    expect((await status(core)).problem?.code).toBe('database_damaged');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a sound street unlocks after the check, and a second unlock does not repeat it', async () => {
    const dir = await street();
    const lines: string[] = [];
    const core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR, log: (l) => lines.push(l) });
    cleanups.push(() => core.close());
    ok<UnlockResult>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null));
    const t = ok<UnlockResult>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null));
    await core.call('auth.lock', {}, t.token);
    expect(lines.filter((l) => l.startsWith('integrity check passed')).length).toBe(1);
  });
});

// A real first start: the demo generated in a worker and five accounts keyed with the real
// scrypt parameters. Seconds on a quiet machine; minutes were seen on a loaded one.
const FIRST_START_MS = 240_000;

describe('creating a street', () => {
  it('creates the data directory owner-only and generates the demo only where nothing was', { timeout: FIRST_START_MS }, async () => {
    const parent = tempDir();
    cleanups.push(parent.remove);
    const dir = join(parent.path, 'fresh', 'data');
    const core = await coreOn(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    await core.ready();
    expect((await status(core)).state).toBe('locked');
    expect(existsSync(dataPaths(dir).keyring)).toBe(true);
    expect(existsSync(`${dataPaths(dir).db}.creating`)).toBe(false);
  });

  it('finishes a first start that was killed half-way (its own marker), and only then removes files', { timeout: FIRST_START_MS }, async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const paths = dataPaths(t.path);
    writeFileSync(paths.db, 'half-made by an interrupted first start');
    writeFileSync(`${paths.db}.creating`, '');
    const core = await coreOn(t.path);
    await core.ready();
    expect((await status(core)).state).toBe('locked');
    ok<UnlockResult>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null));
  });

  it('without a demo configured, an empty directory is reported, not filled', async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const core = await coreOn(t.path, false);
    expect((await status(core)).problem?.code).toBe('no_street');
    expect(readdirSync(t.path)).toEqual([]);
  });
});
