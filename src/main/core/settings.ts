// Office settings: a few values an administrator may change that alter how the core
// behaves. Stored as JSON in `setting`; a missing key means the documented default.
import type { Db } from './db/database';

export interface OfficeSettings {
  /** Minutes without a call before a session expires and the console locks itself. */
  'session.idleMinutes': number;
  /** Hours after sign-in when a session ends whatever its activity. */
  'session.maxAgeHours': number;
  /** Whether the person who recorded a handler's feedback may also verify it (核查). */
  'workflow.allowSelfVerify': boolean;
}

export type SettingKey = keyof OfficeSettings;

export const DEFAULT_SETTINGS: OfficeSettings = {
  'session.idleMinutes': 30,
  'session.maxAgeHours': 12,
  'workflow.allowSelfVerify': false,
};

export function getSetting<K extends SettingKey>(db: Db, key: K): OfficeSettings[K] {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as OfficeSettings[K]) : DEFAULT_SETTINGS[key];
}

export function allSettings(db: Db): OfficeSettings {
  const out: OfficeSettings = { ...DEFAULT_SETTINGS };
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  for (const r of rows) if (r.key in out) Object.assign(out, { [r.key]: JSON.parse(r.value) as unknown });
  return out;
}

/** Callers validate the value (the API's schema does) and write the audit entry in the same transaction. */
export function putSetting<K extends SettingKey>(db: Db, key: K, value: OfficeSettings[K], userId: number | null, now: number): void {
  db.prepare(
    'INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(key, JSON.stringify(value), now, userId);
}
