// Backups (issue #12 item 4): encrypted files made while the core keeps running, verified,
// logged and listed; the daily schedule with its pruning; what a backup holds read before a
// restore, which fills only an empty directory; damaged, incomplete and killed backups.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupList, BackupRunView } from '../../src/shared/backup';
import { backupFileName, listBackupFiles } from '../../src/main/core/backup/backupFiles';
import { writeBackup } from '../../src/main/core/backup/writeBackup';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { BackupProblem } from '../../src/main/core/backup/backupProblem';
import { inspectBackup, restoreBackup } from '../../src/main/core/backup/restoreBackup';
import { integrityProblems } from '../../src/main/core/backup/backupSummary';
import { openDatabase } from '../../src/main/core/db/database';
import { scheduledBackupDue, slotOn } from '../../src/main/core/backup/schedule';
import { DEFAULT_BACKUP_SETTINGS } from '../../src/shared/backup';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { tableDigests } from '../helpers/tableDigests';
import { tempDir } from '../helpers/tempDir';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof BackupProblem) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('backups through the API', () => {
  let street: { dir: string; remove(): void };
  let folder: { path: string; remove(): void };
  let core: StreetCore;
  let admin: string;
  let clock = TEST_ANCHOR;

  beforeAll(async () => {
    street = await demoStreetCopy();
    folder = tempDir('streetops-backups-');
    core = await startCore({ dataDir: street.dir, now: () => clock });
    admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  });
  afterAll(async () => {
    await core.close();
    street.remove();
    folder.remove();
  });

  it('refuses without a folder, and refuses other roles in the core', async () => {
    const none = await core.call('backup.run', {}, admin);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.details?.[0]?.path).toBe('folder');
    const dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
    const refused = await core.call('backup.run', {}, dispatcher);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('unauthorized');
    const saved = await core.call('backup.saveSettings', { folder: folder.path }, dispatcher);
    expect(saved.ok).toBe(false);
  });

  it('writes an encrypted, verified backup with its keyring, logs and lists it', async () => {
    ok(await core.call('backup.saveSettings', { folder: folder.path }, admin));
    const run = ok<BackupRunView>(await core.call('backup.run', {}, admin));
    expect(run.ok).toBe(true);
    expect(run.problem).toBeNull();
    const file = join(folder.path, run.fileName!);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(file.replace(/\.db$/, '.keyring.json'))).toBe(true);
    // No plaintext SQLite header: the copy is encrypted with the street's key.
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    const db = await openStreetReadonly(street.dir);
    try {
      expect(run.counts!.residents).toBe((db.prepare('SELECT count(*) n FROM resident').get() as { n: number }).n);
      expect(run.counts!.cases).toBe((db.prepare('SELECT count(*) n FROM case_file').get() as { n: number }).n);
      expect(db.prepare(`SELECT count(*) n FROM audit_log WHERE action = 'backup.run'`).get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    const list = ok<BackupList>(await core.call('backup.list', {}, admin));
    expect(list.settings.folder).toBe(folder.path);
    expect(list.runs[0]).toMatchObject({ id: run.id, ok: true, present: true, trigger: 'manual' });
  });

  it('logs a failed run with the reason when the folder is gone (a USB disk unplugged)', async () => {
    const gone = join(folder.path, 'unplugged');
    ok(await core.call('backup.saveSettings', { folder: gone }, admin));
    const run = ok<BackupRunView>(await core.call('backup.run', {}, admin));
    expect(run.ok).toBe(false);
    expect(run.problem).toMatch(/does not exist or cannot be reached/);
    expect(existsSync(gone)).toBe(false);
    ok(await core.call('backup.saveSettings', { folder: folder.path }, admin));
  });

  it('refuses a keep outside 1–90 and a time that is not HH:MM, naming the field', async () => {
    for (const bad of [{ keep: 0 }, { keep: 91 }, { time: '25:00' }, { time: '7:5' }]) {
      const r = await core.call('backup.saveSettings', bad, admin);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.details?.[0]?.path).toBe(Object.keys(bad)[0]);
    }
  });

  it('runs the daily backup once a day after its time, and keeps only the newest scheduled ones', async () => {
    ok(await core.call('backup.saveSettings', { daily: true, time: '12:30', keep: 1 }, admin));
    const manualBefore = listBackupFiles(folder.path).filter((b) => !b.scheduled).map((b) => b.file);
    // TEST_ANCHOR is 10:00 China time: not yet.
    clock = TEST_ANCHOR;
    expect(await core.checkBackupSchedule()).toBeNull();
    for (let day = 0; day < 2; day++) {
      clock = slotOn(TEST_ANCHOR + day * DAY, '12:30') + 5 * 60_000;
      // The office unlocks each day; the daily backup runs while the street is open.
      ok(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null));
      const run = await core.checkBackupSchedule();
      expect(run).toMatchObject({ ok: true, trigger: 'schedule' });
      // Once that day.
      clock += HOUR;
      expect(await core.checkBackupSchedule()).toBeNull();
    }
    const files = listBackupFiles(folder.path);
    expect(files.filter((b) => b.scheduled)).toHaveLength(1);
    // Manual backups are never pruned.
    expect(files.filter((b) => !b.scheduled).map((b) => b.file)).toEqual(manualBefore);
    // The clock has moved on by days: the morning's session has expired.
    admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    ok(await core.call('backup.saveSettings', { daily: false }, admin));
  });

});

describe('the daily schedule', () => {
  const settings = { ...DEFAULT_BACKUP_SETTINGS, folder: '/backups', daily: true, time: '12:30' };
  const slot = slotOn(TEST_ANCHOR, '12:30');
  it('is due after the slot until a scheduled run that day succeeds, retrying a failed one after an hour', () => {
    expect(scheduledBackupDue(settings, { okAt: null, triedAt: null }, slot - 1)).toBe(false);
    expect(scheduledBackupDue(settings, { okAt: null, triedAt: null }, slot)).toBe(true);
    expect(scheduledBackupDue(settings, { okAt: slot + 1, triedAt: slot + 1 }, slot + HOUR * 5)).toBe(false);
    expect(scheduledBackupDue(settings, { okAt: slot - DAY, triedAt: slot + 1 }, slot + 30 * 60_000)).toBe(false);
    expect(scheduledBackupDue(settings, { okAt: slot - DAY, triedAt: slot + 1 }, slot + HOUR + 1)).toBe(true);
    expect(scheduledBackupDue({ ...settings, daily: false }, { okAt: null, triedAt: null }, slot + 1)).toBe(false);
    expect(scheduledBackupDue({ ...settings, folder: null }, { okAt: null, triedAt: null }, slot + 1)).toBe(false);
  });
});

describe('restore', () => {
  let street: { dir: string; remove(): void };
  let work: { path: string; remove(): void };
  let backupFile: string;
  let digests: Record<string, string>;

  beforeAll(async () => {
    street = await demoStreetCopy();
    work = tempDir('streetops-restore-');
    const folder = join(work.path, 'usb');
    mkdirSync(folder);
    const core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
    const admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    ok(await core.call('backup.saveSettings', { folder }, admin));
    const run = ok<BackupRunView>(await core.call('backup.run', {}, admin));
    backupFile = join(folder, run.fileName!);
    await core.close();
    const db = await openStreetReadonly(street.dir);
    digests = tableDigests(db);
    db.close();
  });
  afterAll(() => {
    street.remove();
    work.remove();
  });

  it('shows what a backup holds, with a user password of the day it was made', async () => {
    const preview = await inspectBackup({ file: backupFile, username: 'admin', password: 'streetops' });
    expect(preview.streetName).toBeTruthy();
    expect(preview.counts.residents).toBeGreaterThan(0);
    expect(preview.schema).toMatch(/^\d{4}_/);
    expect(await problemOf(inspectBackup({ file: backupFile, username: 'admin', password: 'wrong' }))).toBe('wrong_password');
    expect(await problemOf(inspectBackup({ file: join(work.path, 'nope.db'), username: 'admin', password: 'streetops' }))).toBe('backup_missing');
  });

  it('restores into a new directory: the same street, every table identical, and the core opens it', async () => {
    const target = join(work.path, 'restored');
    await restoreBackup({ file: backupFile, username: 'admin', password: 'streetops', dataDir: target });
    const db = await openStreetReadonly(target);
    try {
      const restored = tableDigests(db);
      // The backup's own log row was written after the copy; every other table is as it was.
      const { backup_run: _a, audit_log: _b, ...restoredRest } = restored;
      const { backup_run: _c, audit_log: _d, ...sourceRest } = digests;
      expect(restoredRest).toEqual(sourceRest);
    } finally {
      db.close();
    }
    const core = await startCore({ dataDir: target, now: () => TEST_ANCHOR });
    try {
      ok(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null));
    } finally {
      await core.close();
    }
  });

  it('replaces nothing: a directory that holds anything is refused and left as it was', async () => {
    const target = join(work.path, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'notes.txt'), 'keep me');
    expect(await problemOf(restoreBackup({ file: backupFile, username: 'admin', password: 'streetops', dataDir: target }))).toBe('target_not_empty');
    expect(readdirSync(target)).toEqual(['notes.txt']);
  });

  it("the written copy's quick check finds one changed byte anywhere in it", async () => {
    const key = await unwrapMasterKey(readKeyring(backupFile.replace(/\.db$/, '.keyring.json')), 'admin', 'streetops');
    const bytes = readFileSync(backupFile);
    const good = openDatabase(backupFile, key, { readonly: true });
    expect(integrityProblems(good, 'quick')).toBeNull();
    good.close();
    // Past the first page (which opening the file already proves), at a third, a half and near the end.
    for (const at of [Math.floor(bytes.length / 3), Math.floor(bytes.length / 2), bytes.length - 100]) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 0x01;
      const file = join(work.path, `flipped-${at}.db`);
      writeFileSync(file, changed);
      let found: string | null;
      try {
        const db = openDatabase(file, key, { readonly: true });
        try {
          found = integrityProblems(db, 'quick');
        } finally {
          db.close();
        }
      } catch (err) {
        found = String(err);
      }
      expect(found, `byte ${at} of ${bytes.length}`).not.toBeNull();
    }
  });

  it('refuses a damaged backup and one without its keyring, writing nothing', async () => {
    const damaged = join(work.path, 'usb', 'streetops-DAMAGED-20261120-120000.db');
    const bytes = readFileSync(backupFile);
    // Overwrite pages in the middle of the file: the cipher's page check or SQLite's integrity check catches it.
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
    writeFileSync(damaged, bytes);
    writeFileSync(damaged.replace(/\.db$/, '.keyring.json'), readFileSync(backupFile.replace(/\.db$/, '.keyring.json')));
    const target = join(work.path, 'from-damaged');
    expect(await problemOf(restoreBackup({ file: damaged, username: 'admin', password: 'streetops', dataDir: target }))).toBe('damaged');
    expect(existsSync(target)).toBe(false);

    const alone = join(work.path, 'alone.db');
    writeFileSync(alone, readFileSync(backupFile));
    expect(await problemOf(restoreBackup({ file: alone, username: 'admin', password: 'streetops', dataDir: join(work.path, 'from-alone') }))).toBe('keyring_missing');
    expect(existsSync(join(work.path, 'from-alone'))).toBe(false);
  });
});

describe('a backup killed half-way', () => {
  it('leaves the database and the earlier backups as they were, and no backup that looks finished', async () => {
    const street = await demoStreetCopy();
    const folder = tempDir('streetops-killed-backup-');
    try {
      // The backups before and after are written as the worker writes them, in this process.
      const paths = dataPaths(street.dir);
      const key = await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops');
      const write = (at: number) =>
        writeBackup({ dbFile: paths.db, keyringFile: paths.keyring, key, nativeBinding: null, folder: folder.path, names: backupFileName('TEST', at, 'manual') }, () => undefined);
      const earlierFile = join(folder.path, write(TEST_ANCHOR).fileName);
      const earlierSha = sha(earlierFile);
      const db = await openStreetReadonly(street.dir);
      const before = tableDigests(db);
      db.close();

      // Stopped after the copy is written and before it is verified and renamed, then killed.
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/backupChild.ts', street.dir, folder.path, 'verify'], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('"stage":"verify"')) {
            child.kill('SIGKILL');
            resolve();
          }
          if (out.includes('"done"')) reject(new Error('the backup finished before it could be killed'));
        });
        child.on('exit', () => resolve());
      });
      await new Promise((r) => child.once('exit', r).once('close', r));
      expect(readdirSync(folder.path).some((n) => n.endsWith('.partial'))).toBe(true);
      expect(listBackupFiles(folder.path).map((b) => b.file)).toEqual([earlierFile]);
      expect(sha(earlierFile)).toBe(earlierSha);
      const after = await openStreetReadonly(street.dir);
      try {
        expect(tableDigests(after)).toEqual(before);
      } finally {
        after.close();
      }
      // The next backup clears the half-made files and succeeds.
      write(TEST_ANCHOR + 60_000);
      // A second backup in the same second gets its own name: nothing is overwritten.
      write(TEST_ANCHOR + 60_000);
      expect(readdirSync(folder.path).some((n) => n.endsWith('.partial'))).toBe(false);
      expect(listBackupFiles(folder.path)).toHaveLength(3);
      expect(sha(earlierFile)).toBe(earlierSha);
    } finally {
      street.remove();
      folder.remove();
      rmSync(folder.path, { recursive: true, force: true });
    }
  });
});
