// Creating a new encrypted street database: master key, schema, demo data, users, keyring.
// Only into a directory that holds no street: a `.creating` marker is written first and
// removed after the keyring, which is written last and atomically, so a keyring means
// "this data directory is complete" and a marker without one means "half-made by us":
// the only files StreetOps ever removes are its own half-made ones.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dataPaths } from './dataDir';
import { creatingMarker, dbFilesPresent } from './dataDirCheck';
import { MASTER_KEY_BYTES, openDatabase } from './db/database';
import { DEFAULT_SCRYPT, type KeyringFile, type ScryptParams, wrapMasterKey, writeKeyring } from './db/keyring';
import { migrate } from './db/migrate';
import { generateDemoStreet, type DemoReport } from './demo/generate';
import { catchUpDemoChase } from './demo/care';
import { linkDemoLeader } from './buildingDays/demo';
import { type NewUser, insertUsers } from './users';

export interface CreateStreetOptions {
  dataDir: string;
  scale: number;
  seed: number;
  /** Epoch ms the case history ends at ("now" for a live demo). */
  anchor: number;
  users: readonly NewUser[];
  nativeBinding?: string;
  scrypt?: ScryptParams;
  onProgress?: (fraction: number, stage: string) => void;
  signal?: AbortSignal;
}

/** The share of a first start's progress bar the street itself takes; the rest is the accounts' key wrapping (seconds of scrypt). */
const GENERATION_SHARE = 0.95;

export function removeDatabaseFiles(dbFile: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
}

export async function createDemoStreet(options: CreateStreetOptions): Promise<DemoReport> {
  const paths = dataPaths(options.dataDir);
  // Owner-only: the files are encrypted, but nobody else needs to read even ciphertext.
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  if (existsSync(paths.keyring)) throw new Error(`${paths.dir} already holds a street (keyring.json exists); nothing was changed`);
  const marker = creatingMarker(paths);
  if (existsSync(marker)) removeDatabaseFiles(paths.db);
  else if (dbFilesPresent(paths).length > 0) throw new Error(`${paths.dir} holds database files of another street; a new street is created only in an empty directory. Nothing was changed`);
  writeFileSync(marker, '', { mode: 0o600 });
  const masterKey = randomBytes(MASTER_KEY_BYTES);
  const db = openDatabase(paths.db, masterKey, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  // SQLite gives the WAL and SHM files the database file's mode.
  chmodSync(paths.db, 0o600);
  const onProgress = options.onProgress;
  let report: DemoReport;
  let streetName: string;
  try {
    migrate(db);
    report = await generateDemoStreet(db, {
      scale: options.scale,
      seed: options.seed,
      anchor: options.anchor,
      ...(onProgress ? { onProgress: (fraction: number, stage: string) => onProgress(fraction * GENERATION_SHARE, stage) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    db.transaction(() => insertUsers(db, options.users, options.anchor))();
    db.transaction(() => linkDemoLeader(db))();
    catchUpDemoChase(db, options.anchor);
    streetName = db.prepare('SELECT name FROM street LIMIT 1').pluck().get() as string;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } catch (err) {
    if (db.open) db.close();
    removeDatabaseFiles(paths.db);
    rmSync(marker, { force: true });
    throw err;
  }
  const keyring: KeyringFile = { version: 1, cipher: 'sqlcipher-aes256', label: { streetName }, entries: [] };
  for (const [i, u] of options.users.entries()) {
    onProgress?.(GENERATION_SHARE + ((1 - GENERATION_SHARE) * i) / options.users.length, 'accounts');
    keyring.entries.push(await wrapMasterKey(u.username, u.password, masterKey, options.scrypt ?? DEFAULT_SCRYPT));
  }
  masterKey.fill(0);
  writeKeyring(paths.keyring, keyring);
  rmSync(marker, { force: true });
  onProgress?.(1, 'done');
  return report;
}
