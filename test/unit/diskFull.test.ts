// A full disk: a real small tmpfs holds the street (this runs as root, as CI does). Writes
// are refused as disk_full and change nothing, locking still works and drops the key, and
// every write acknowledged before the disk filled is there afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { dataPaths } from '../../src/main/core/dataDir';
import type { CategoryNode } from '../../src/shared/cases';
import type { MapBase, SessionStatus, UnlockResult } from '../../src/shared/views';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';
import { err, ok } from '../helpers/apiResult';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A tmpfs of `bytes` at a new mount point; unmounted and removed after the test. */
function smallDisk(bytes: number): string {
  const t = tempDir('streetops-full-');
  cleanups.push(t.remove);
  const mountPoint = join(t.path, 'disk');
  mkdirSync(mountPoint);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', mountPoint]);
  cleanups.push(() => {
    execFileSync('umount', [mountPoint]);
  });
  return mountPoint;
}

it('refuses writes on a full disk with disk_full, loses nothing acknowledged, and still locks', async () => {
  const street = await demoStreetCopy();
  cleanups.push(street.remove);
  const dbBytes = statSync(dataPaths(street.dir).db).size;
  const disk = smallDisk(dbBytes + 3 * 1024 * 1024);
  const dir = join(disk, 'data');
  cpSync(street.dir, dir, { recursive: true });
  // Room to give back later: deleting it is "the user freed some space".
  writeFileSync(join(disk, 'filler'), Buffer.alloc(1024 * 1024));

  const lines: string[] = [];
  const core: CoreHandle = await startCore({ dataDir: dir, now: () => TEST_ANCHOR, log: (l) => lines.push(l) });
  cleanups.push(() => core.close());
  const { token } = ok<UnlockResult>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null));
  const categoryId = ok<CategoryNode[]>(await core.call('case.categories', {}, token)).filter((c) => c.caseClass === 'event')[0]!.children[0]!.id;
  const base = ok<MapBase>(await core.call('map.base', {}, token));
  const [lng, lat] = base.street.center;
  const report = (i: number) =>
    core.call('case.report', { source: 'patrol', categoryId, lng, lat, description: `磁盘测试 第${i}号：${'路面破损，影响通行。'.repeat(180)}` }, token);

  let acknowledged = 0;
  let refusal = null;
  for (let i = 0; i < 2000 && !refusal; i++) {
    const r = await report(i);
    if (r.ok) acknowledged++;
    else refusal = r.error;
  }
  expect(acknowledged).toBeGreaterThan(10);
  expect(refusal?.code).toBe('disk_full');
  expect(refusal?.message).toMatch(/磁盘空间不足/);
  // Refused again, cleanly, while the disk stays full.
  expect(err(await report(9999)).code).toBe('disk_full');

  // Locking always works, and with the last session the key is gone.
  expect(ok<{ locked: true }>(await core.call('auth.lock', {}, token))).toEqual({ locked: true });
  expect(ok<SessionStatus>(await core.call('session.status', {}, token)).state).toBe('locked');
  expect(err(await core.call('street.summary', {}, token)).code).toBe('unauthorized');

  // Every acknowledged write is on disk (in the database or its WAL).
  const copy = tempDir();
  cleanups.push(copy.remove);
  cpSync(dir, copy.path, { recursive: true });
  const db = await openStreetReadonly(copy.path);
  const stored = db.prepare(`SELECT count(*) FROM case_file WHERE description LIKE '磁盘测试 第%'`).pluck().get() as number;
  db.close();
  expect(stored).toBe(acknowledged);

  // Space freed: the street opens and takes writes again.
  rmSync(join(disk, 'filler'));
  const again = ok<UnlockResult>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null));
  expect((await core.call('case.report', { source: 'patrol', categoryId, lng, lat, description: '空间释放后可以继续写入' }, again.token)).ok).toBe(true);
});
