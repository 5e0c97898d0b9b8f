// The backup settings, kept as one JSON value in the office's `setting` table (key
// 'backup'); a missing value means the defaults (no folder yet, no schedule).
import { DEFAULT_BACKUP_SETTINGS, type BackupSettingsView } from '../../../shared/backup';
import type { Db } from '../db/database';

const KEY = 'backup';

export function backupSettings(db: Db): BackupSettingsView {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  return { ...DEFAULT_BACKUP_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<BackupSettingsView>) : {}) };
}

/** Callers validate the values (the API's schema does) and write the audit entry in the same transaction. */
export function putBackupSettings(db: Db, settings: BackupSettingsView, userId: number | null, now: number): void {
  db.prepare(
    'INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(KEY, JSON.stringify(settings), now, userId);
}
