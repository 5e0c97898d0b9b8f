// Restoring a backup: first what it holds (inspectBackup: the keyring beside it opened with
// a user's password of the day it was made, the file integrity-checked, the street and its
// counts read), then a restore that fills an empty or new data directory and nothing else.
// The copy is made in a sibling directory and renamed into place, so a kill during a
// restore leaves no half street where StreetOps would start from.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupPreview } from '../../../shared/backup';
import { dataPaths } from '../dataDir';
import { openDatabase } from '../db/database';
import { fsyncPath } from '../fsyncPath';
import { readKeyring, unwrapMasterKey, WrongPasswordError } from '../db/keyring';
import { keyringFileFor } from './backupFiles';
import { BackupProblem } from './backupProblem';
import { integrityProblems, readBackupSummary } from './backupSummary';

export interface BackupCredentials {
  file: string;
  username: string;
  password: string;
  nativeBinding?: string;
}

async function backupKey(c: BackupCredentials): Promise<Buffer> {
  if (!existsSync(c.file)) throw new BackupProblem('backup_missing', `there is no backup file at ${c.file}`);
  const keyringFile = keyringFileFor(c.file);
  if (!c.file.endsWith('.db') || !existsSync(keyringFile)) {
    throw new BackupProblem('keyring_missing', `the keyring that belongs to this backup (${basename(keyringFile)}) is not beside it; copy both files of the backup`);
  }
  let keyring;
  try {
    keyring = readKeyring(keyringFile);
  } catch (err) {
    throw new BackupProblem('damaged', `${basename(keyringFile)} is not a StreetOps keyring (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    return await unwrapMasterKey(keyring, c.username, c.password);
  } catch (err) {
    if (err instanceof WrongPasswordError) throw new BackupProblem('wrong_password', 'wrong username or password for this backup (use an account and password as they were when the backup was made)');
    throw err;
  }
}

export async function inspectBackup(c: BackupCredentials): Promise<BackupPreview> {
  const key = await backupKey(c);
  try {
    let db;
    try {
      db = openDatabase(c.file, key, { readonly: true, ...(c.nativeBinding ? { nativeBinding: c.nativeBinding } : {}) });
    } catch (err) {
      throw new BackupProblem('damaged', `the backup ${basename(c.file)} cannot be opened with its keyring: it is damaged or not a StreetOps backup (${err instanceof Error ? err.message : String(err)})`);
    }
    try {
      let problems: string | null;
      try {
        problems = integrityProblems(db);
      } catch (err) {
        problems = err instanceof Error ? err.message : String(err);
      }
      if (problems) throw new BackupProblem('damaged', `the backup ${basename(c.file)} is damaged (${problems}); use another backup`);
      const s = readBackupSummary(db);
      return { file: c.file, bytes: statSync(c.file).size, streetName: s.streetName, streetCode: s.streetCode, counts: s.counts, lastChangeAt: s.lastChangeAt, schema: s.schema };
    } finally {
      db.close();
    }
  } finally {
    key.fill(0);
  }
}

/** Why `dataDir` cannot take a restore (it holds files), or null: asked before a password, and again at the restore. */
export function restoreTargetRefusal(dataDir: string): BackupProblem | null {
  const target = resolve(dataDir);
  if (!existsSync(target) || readdirSync(target).length === 0) return null;
  return new BackupProblem('target_not_empty', `${target} is not empty; StreetOps restores only into an empty or new data directory and replaces nothing`);
}

/** Restores into `dataDir`, which must not exist or be empty; answers what was restored. */
export async function restoreBackup(c: BackupCredentials & { dataDir: string }): Promise<BackupPreview> {
  const target = resolve(c.dataDir);
  const refusal = restoreTargetRefusal(target);
  if (refusal) throw refusal;
  const preview = await inspectBackup(c);
  const staging = join(dirname(target), `.${basename(target)}.restoring-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    const paths = dataPaths(staging);
    copyFileSync(c.file, paths.db);
    copyFileSync(keyringFileFor(c.file), paths.keyring);
    fsyncPath(paths.db);
    fsyncPath(paths.keyring);
    fsyncPath(staging);
    if (existsSync(target)) rmdirSync(target); // empty, checked above
    renameSync(staging, target);
    fsyncPath(dirname(target));
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  return preview;
}
