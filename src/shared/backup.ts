// Backups (备份): what crosses the boundary. A backup is two files in a folder the
// administrator picks (a USB disk, a network share): the street's database, encrypted with
// the street's own key (VACUUM INTO keeps the cipher and key), and a copy of the keyring
// beside it, so the users' passwords of that day open it on any machine and nothing else
// does. The core writes them in a worker (src/main/core/backup); restore reads them.
import { z } from 'zod';
import { text } from './inputRules';

export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 90;

/** Why a backup or a restore did not happen (the UI words each; the log keeps the sentence too). */
export const BACKUP_PROBLEMS = [
  'no_folder',
  'folder_missing',
  'folder_not_writable',
  'disk_full',
  'verify_failed',
  'backup_missing',
  'keyring_missing',
  'wrong_password',
  'damaged',
  'target_not_empty',
  'internal',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEMS)[number];

export const BACKUP_TRIGGERS = ['manual', 'schedule'] as const;
export type BackupTrigger = (typeof BACKUP_TRIGGERS)[number];

export interface BackupSettingsView {
  /** Absolute folder path; null until an administrator picks one. */
  folder: string | null;
  /** A backup each day at `time` (China time) while StreetOps is unlocked. */
  daily: boolean;
  /** HH:MM, China time. */
  time: string;
  /** Scheduled backups kept in the folder; older scheduled ones are removed after a verified new one. */
  keep: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettingsView = { folder: null, daily: false, time: '12:30', keep: 7 };

/** Counts of the main registers, read from the backup itself when it is verified. */
export interface BackupCounts {
  residents: number;
  households: number;
  buildings: number;
  grids: number;
  cases: number;
  partyOrgs: number;
  partyMembers: number;
  tenants: number;
}

export interface BackupRunView {
  id: number;
  trigger: BackupTrigger;
  startedAt: number;
  finishedAt: number | null;
  folder: string;
  fileName: string | null;
  bytes: number | null;
  ok: boolean;
  /** Why it failed: a stable word for the screen, and the sentence the log keeps (null when it succeeded). */
  problemCode: BackupProblemCode | null;
  problem: string | null;
  counts: BackupCounts | null;
  /** Whether the file is still in its folder (a USB disk may be unplugged, old ones pruned). */
  present: boolean;
}

export interface BackupList {
  settings: BackupSettingsView;
  runs: BackupRunView[];
}

/** What a backup holds, read before a restore replaces nothing (it only fills an empty data directory). */
export interface BackupPreview {
  file: string;
  bytes: number;
  streetName: string;
  streetCode: string;
  counts: BackupCounts;
  /** The latest change recorded in it (audit or case event), epoch ms; null for an untouched street. */
  lastChangeAt: number | null;
  /** The last schema migration it carries. */
  schema: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const backupSettingsInput = z.strictObject({
  folder: text(400, { min: 1, minMessage: 'is required (the folder to write backups to)' }).nullable().optional(),
  daily: z.boolean().optional(),
  time: z.string().regex(HHMM, 'must be a time of day as HH:MM (00:00–23:59)').optional(),
  keep: z.number().int('must be a whole number').min(BACKUP_KEEP_MIN, `must be at least ${BACKUP_KEEP_MIN}`).max(BACKUP_KEEP_MAX, `must be at most ${BACKUP_KEEP_MAX}`).optional(),
});

export const backupSchemas = {
  'backup.list': z.strictObject({}),
  'backup.run': z.strictObject({}),
  'backup.saveSettings': backupSettingsInput,
} as const;

export interface BackupOutputs {
  'backup.list': BackupList;
  'backup.run': BackupRunView;
  'backup.saveSettings': BackupSettingsView;
}
