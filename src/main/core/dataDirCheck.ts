// What a data directory holds, judged before anything is opened or written. StreetOps
// creates a street only where there is nothing of one; any other mix of files is a problem
// that the start reports with what is missing and how to recover, and never "repairs" by
// deleting or recreating files.
import { existsSync, statSync } from 'node:fs';
import type { StartProblem } from '../../shared/views';
import type { DataPaths } from './dataDir';
import { readKeyring } from './db/keyring';

/** SQLCipher's page size (4 KiB): a whole database file is a whole number of pages. */
export const DB_PAGE_BYTES = 4096;

export type DataDirState = { kind: 'empty' } | { kind: 'unfinished' } | { kind: 'street'; streetName: string | undefined } | { kind: 'problem'; problem: StartProblem };

const DB_SUFFIXES = ['', '-wal', '-shm', '-journal'];

/** Marks a street being created; a start that finds it (and no keyring) may clear the half-made files. */
export function creatingMarker(paths: DataPaths): string {
  return `${paths.db}.creating`;
}

export function dbFilesPresent(paths: DataPaths): string[] {
  return DB_SUFFIXES.map((s) => paths.db + s).filter((f) => existsSync(f));
}

export function inspectDataDir(paths: DataPaths): DataDirState {
  const problem = (code: StartProblem['code'], message: string): DataDirState => ({ kind: 'problem', problem: { code, message, dataDir: paths.dir } });
  const hasKeyring = existsSync(paths.keyring);
  const dbFiles = dbFilesPresent(paths);
  if (!hasKeyring && existsSync(creatingMarker(paths))) return { kind: 'unfinished' };
  if (!hasKeyring) {
    if (dbFiles.length > 0) {
      return problem(
        'keyring_missing',
        `keyring.json is missing from ${paths.dir}, but the street's database is there (${dbFiles.map((f) => f.slice(paths.dir.length + 1)).join(', ')}). Without the keyring the database cannot be opened; StreetOps has not touched it. Put keyring.json back (from a backup or the old installation), or restore a complete backup into an empty directory.`,
      );
    }
    return { kind: 'empty' };
  }
  let streetName: string | undefined;
  try {
    streetName = readKeyring(paths.keyring).label?.streetName;
  } catch (err) {
    return problem('keyring_unreadable', `${paths.keyring} is not a StreetOps keyring (${err instanceof Error ? err.message : String(err)}); restore it from a backup.`);
  }
  if (!existsSync(paths.db)) {
    return problem(
      'database_missing',
      `the database streetops.db is missing from ${paths.dir} (keyring.json is there). StreetOps will not create an empty one in its place. Restore streetops.db from a backup, or point StreetOps at the directory that holds it.`,
    );
  }
  const size = statSync(paths.db).size;
  if (size === 0) {
    return problem('database_empty', `the database ${paths.db} is empty (0 bytes): its contents were lost. StreetOps has not touched it; restore it from a backup.`);
  }
  if (size % DB_PAGE_BYTES !== 0) {
    return problem('database_truncated', `the database ${paths.db} is cut short (${size} bytes, not a whole number of ${DB_PAGE_BYTES}-byte pages). StreetOps has not touched it; restore it from a backup.`);
  }
  return { kind: 'street', streetName };
}
