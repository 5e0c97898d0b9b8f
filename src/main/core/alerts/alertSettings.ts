// The alert rules' settings, one JSON value in the office's `setting` table (key 'alerts');
// a missing value means the defaults (48 hours, 6 cards, 10 minutes, no watched folder).
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../../../shared/alerts';
import type { Db } from '../db/database';

const KEY = 'alerts';

export function alertSettings(db: Db): AlertSettings {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  return { ...DEFAULT_ALERT_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<AlertSettings>) : {}) };
}

/** Callers validate the values and write the audit entry in the same transaction. */
export function putAlertSettings(db: Db, settings: AlertSettings, userId: number | null, now: number): void {
  db.prepare(
    'INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(KEY, JSON.stringify(settings), now, userId);
}

/** The duty leader: the one set, if still an active leader, else the first active leader account. */
export function dutyLeader(db: Db, settings: AlertSettings): { id: number; name: string } | null {
  if (settings.dutyLeaderUserId !== null) {
    const set = db.prepare("SELECT id, display_name AS name FROM app_user WHERE id = ? AND role = 'leader' AND disabled = 0").get(settings.dutyLeaderUserId) as { id: number; name: string } | undefined;
    if (set) return set;
  }
  return (db.prepare("SELECT id, display_name AS name FROM app_user WHERE role = 'leader' AND disabled = 0 ORDER BY id LIMIT 1").get() as { id: number; name: string } | undefined) ?? null;
}
