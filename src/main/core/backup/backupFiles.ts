// How backups are named and found in their folder. A backup is a database file and its
// keyring beside it, both named from the street's code and the China-time moment it was
// made; scheduled ones end in -auto (only those are pruned). While it is being written a
// file ends in .partial: a kill leaves only .partial files, which are never listed and
// which the next backup into that folder removes (StreetOps's own half-made files, the
// only ones it deletes besides pruning its own scheduled backups).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupTrigger } from '../../../shared/backup';
import { CHINA_OFFSET_MS } from '../calendar/workCalendar';

export const PARTIAL = '.partial';
const NAME = /^streetops-([A-Za-z0-9_-]+?)-(\d{8})-(\d{6})(-auto)?(?:-(\d+))?\.db$/;

export interface BackupFileName {
  db: string;
  keyring: string;
}

function stamp(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS).toISOString(); // 2026-12-02T14:30:05.000Z in China time
  return `${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}-${d.slice(11, 13)}${d.slice(14, 16)}${d.slice(17, 19)}`;
}

/** streetops-<street code>-20261202-143005[-auto].db and .keyring.json beside it. */
export function backupFileName(streetCode: string, at: number, trigger: BackupTrigger): BackupFileName {
  const code = streetCode.replace(/[^A-Za-z0-9_-]/g, '_');
  const stem = `streetops-${code}-${stamp(at)}${trigger === 'schedule' ? '-auto' : ''}`;
  return { db: `${stem}.db`, keyring: keyringFileFor(`${stem}.db`) };
}

export function keyringFileFor(dbFile: string): string {
  return dbFile.replace(/\.db$/, '.keyring.json');
}

export interface FoundBackup {
  file: string;
  streetCode: string;
  scheduled: boolean;
  bytes: number;
  /** Sorts in time order (the name's China-time stamp). */
  stamp: string;
}

/** The finished backups in a folder (both files present), newest first; nothing when the folder is missing. */
export function listBackupFiles(folder: string): FoundBackup[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const present = new Set(names);
  const found: FoundBackup[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || !present.has(keyringFileFor(name))) continue;
    found.push({ file: join(folder, name), streetCode: m[1]!, scheduled: m[4] !== undefined, bytes: statSync(join(folder, name)).size, stamp: `${m[2]}${m[3]}-${(m[5] ?? '1').padStart(3, '0')}` });
  }
  return found.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

/** Half-written backup files a killed run left in the folder. */
export function partialFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((n) => n.startsWith('streetops-') && n.endsWith(PARTIAL))
      .map((n) => join(folder, n));
  } catch {
    return [];
  }
}

/** Scheduled backups of this street beyond the newest `keep`: the ones pruning removes. */
export function scheduledBeyond(folder: string, streetCode: string, keep: number): FoundBackup[] {
  const code = streetCode.replace(/[^A-Za-z0-9_-]/g, '_');
  return listBackupFiles(folder)
    .filter((b) => b.scheduled && b.streetCode === code)
    .slice(keep);
}
