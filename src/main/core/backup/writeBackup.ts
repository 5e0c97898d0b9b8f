// Writing one backup, in a core worker thread (seconds for a real street): VACUUM INTO a
// .partial file on a read-only connection of its own — SQLite's online copy, a consistent
// snapshot while the app keeps writing, and with SQLite3 Multiple Ciphers the copy keeps
// the source's cipher and key, so no plaintext page ever reaches the folder —, then the
// copy is opened with the key and checked page by page (quick_check: backupSummary.ts), the keyring is copied beside it, and
// only then do both lose their .partial suffix. The live database is only read: a kill at
// any point leaves it, and every earlier backup, as they were.
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/database';
import { fsyncPath } from '../fsyncPath';
import type { BackupFileName } from './backupFiles';
import { keyringFileFor, PARTIAL, partialFiles } from './backupFiles';
import { integrityProblems, readBackupSummary, type BackupSummary } from './backupSummary';
import { BackupProblem } from './backupProblem';

export interface WriteBackupInput {
  dbFile: string;
  keyringFile: string;
  key: Buffer;
  nativeBinding: string | null;
  folder: string;
  names: BackupFileName;
}

export interface WrittenBackup extends BackupSummary {
  fileName: string;
  bytes: number;
}

function checkFolder(folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    throw new BackupProblem('folder_missing', `the backup folder ${folder} does not exist or cannot be reached (is the disk plugged in?)`);
  }
  if (!isDir) throw new BackupProblem('folder_missing', `the backup folder ${folder} is not a folder`);
}

/** The names, or -2, -3 … before .db when a backup of that second is already there: nothing is overwritten. */
function freeNames(folder: string, names: BackupFileName): BackupFileName {
  for (let n = 1; ; n++) {
    const db = n === 1 ? names.db : names.db.replace(/\.db$/, `-${n}.db`);
    const candidate = { db, keyring: keyringFileFor(db) };
    if (!existsSync(join(folder, candidate.db)) && !existsSync(join(folder, candidate.keyring))) return candidate;
  }
}

export function writeBackup(input: WriteBackupInput, progress: (fraction: number, stage: string) => void): WrittenBackup {
  checkFolder(input.folder);
  for (const stale of partialFiles(input.folder)) rmSync(stale, { force: true });
  const names = freeNames(input.folder, input.names);
  const dbPath = join(input.folder, names.db);
  const keyringPath = join(input.folder, names.keyring);
  const dbPartial = dbPath + PARTIAL;
  const keyringPartial = keyringPath + PARTIAL;
  const opts = { cacheKiB: 16 * 1024, ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}) };
  try {
    progress(0.05, 'copy');
    const source = openDatabase(input.dbFile, input.key, { ...opts, readonly: true });
    try {
      source.prepare('VACUUM INTO ?').run(dbPartial);
    } finally {
      source.close();
    }
    fsyncPath(dbPartial);
    progress(0.6, 'verify');
    const copy = openDatabase(dbPartial, input.key, { ...opts, readonly: true });
    let summary: BackupSummary;
    try {
      const problems = integrityProblems(copy, 'quick');
      if (problems) throw new BackupProblem('verify_failed', `the written backup failed its integrity check: ${problems}`);
      summary = readBackupSummary(copy);
    } finally {
      copy.close();
    }
    progress(0.9, 'keyring');
    copyFileSync(input.keyringFile, keyringPartial);
    fsyncPath(keyringPartial);
    // The keyring first: a listed backup (its .db present) always has its keyring.
    renameSync(keyringPartial, keyringPath);
    renameSync(dbPartial, dbPath);
    fsyncPath(input.folder);
    return { ...summary, fileName: names.db, bytes: statSync(dbPath).size };
  } catch (err) {
    rmSync(dbPartial, { force: true });
    rmSync(keyringPartial, { force: true });
    if (err instanceof BackupProblem) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new BackupProblem('disk_full', `the disk holding ${input.folder} is full; nothing was written`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY')
      throw new BackupProblem('folder_not_writable', `StreetOps may not write to ${input.folder}`);
    throw err;
  }
}
