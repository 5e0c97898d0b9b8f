// No plaintext on disk: a known resident name written through the database must not
// appear in any file under the data directory (DB, WAL, SHM, keyring), before or after
// a checkpoint; and a wrong password opens nothing and changes nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore } from '../../src/main/core/index';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';

const MARKER = '欧阳测试明';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir).filter((f) => {
    const bytes = readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((f) => [f, `${statSync(f).mtimeMs}:${createHash('sha256').update(readFileSync(f)).digest('hex')}`]));
}

describe('encryption at rest', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((f) => f()));

  it('keeps a resident name out of every file, in the WAL and after a checkpoint', async () => {
    const street = await demoStreetCopy();
    cleanups.push(street.remove);
    const paths = dataPaths(street.dir);
    const key = await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops');
    const db = openDatabase(paths.db, key);
    const someone = db.prepare('SELECT id FROM resident ORDER BY id LIMIT 1').pluck().get() as number;
    db.prepare('UPDATE resident SET name = ?, phone = ? WHERE id = ?').run(MARKER, '13912345678', someone);
    // The write is committed and sits in the WAL now: the marker is readable through the DB...
    expect(db.prepare('SELECT name FROM resident WHERE id = ?').pluck().get(someone)).toBe(MARKER);
    expect(statSync(`${paths.db}-wal`).size).toBeGreaterThan(0);
    // Owner-only files, WAL included (POSIX modes).
    for (const f of [paths.db, `${paths.db}-wal`, paths.keyring]) expect(statSync(f).mode & 0o777).toBe(0o600);
    // ...and nowhere in the files.
    expect(filesContaining(street.dir, MARKER)).toEqual([]);
    expect(filesContaining(street.dir, '13912345678')).toEqual([]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(filesContaining(street.dir, MARKER)).toEqual([]);
    // Names the generator wrote are not visible either.
    const db2 = openDatabase(paths.db, key);
    const other = db2.prepare('SELECT name FROM resident WHERE id > ? ORDER BY id LIMIT 1').pluck().get(someone) as string;
    db2.close();
    expect(filesContaining(street.dir, other)).toEqual([]);
  });

  it('refuses a wrong password with a clear error and touches no file', async () => {
    const street = await demoStreetCopy();
    cleanups.push(street.remove);
    const before = snapshot(street.dir);
    const core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
    cleanups.push(() => void core.close());
    const wrong = await core.call('auth.unlock', { username: 'admin', password: 'not-the-password' }, null);
    expect(wrong).toEqual({ ok: false, error: { code: 'wrong_password', message: expect.stringMatching(/wrong username or password/) } });
    const unknown = await core.call('auth.unlock', { username: 'mallory', password: 'streetops' }, null);
    expect(unknown.ok ? null : unknown.error.code).toBe('wrong_password');
    const locked = await core.call('street.summary', {}, null);
    expect(locked.ok ? null : locked.error.code).toBe('unauthorized');
    expect(snapshot(street.dir)).toEqual(before);
    const right = await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null);
    expect(right.ok).toBe(true);
    await core.close();
  });
});
