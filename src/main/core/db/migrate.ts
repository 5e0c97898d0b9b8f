// Numbered migrations, imported statically so every bundler keeps them. Each runs in
// its own transaction and is recorded; a database whose applied list is not a prefix
// of ours (a newer app wrote it, or files were renamed) is refused.
import type { Db } from './database';
import m0001 from './migrations/0001_init';
import m0002 from './migrations/0002_case_workflow';
import m0003 from './migrations/0003_grid_edit';
import m0004 from './migrations/0004_accounts';
import m0005 from './migrations/0005_case_integrity';
import m0006 from './migrations/0006_search_index';
import m0007 from './migrations/0007_case_counts';
import m0008 from './migrations/0008_wall_counts';
import m0009 from './migrations/0009_registers';
import m0011 from './migrations/0011_org_registers';
import m0012 from './migrations/0012_geometry_stamp';
import m0013 from './migrations/0013_backup_log';
import m0014 from './migrations/0014_party_member_id';
import m0015 from './migrations/0015_party_lists';
import m0016 from './migrations/0016_party_service';
import m0017 from './migrations/0017_care';
import m0018 from './migrations/0018_devices_alerts';
import m0019 from './migrations/0019_grid_move_kinds';
import m0020 from './migrations/0020_meetings';
import m0021 from './migrations/0021_party_assessment';
import m0022 from './migrations/0022_device_register';
import m0023 from './migrations/0023_matter_decision_index';

export interface Migration {
  id: string;
  sql: string;
  /** Rebuilds a table others reference: run with foreign keys off, then check them (SQLite's 12-step procedure). */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: '0001_init', sql: m0001 },
  { id: '0002_case_workflow', sql: m0002 },
  { id: '0003_grid_edit', sql: m0003 },
  { id: '0004_accounts', sql: m0004, rebuildsTables: true },
  { id: '0005_case_integrity', sql: m0005 },
  { id: '0006_search_index', sql: m0006 },
  { id: '0007_case_counts', sql: m0007 },
  { id: '0008_wall_counts', sql: m0008 },
  { id: '0009_registers', sql: m0009 },
  { id: '0011_org_registers', sql: m0011 },
  { id: '0012_geometry_stamp', sql: m0012 },
  { id: '0013_backup_log', sql: m0013 },
  { id: '0014_party_member_id', sql: m0014 },
  { id: '0015_party_lists', sql: m0015 },
  { id: '0016_party_service', sql: m0016 },
  { id: '0017_care', sql: m0017 },
  { id: '0018_devices_alerts', sql: m0018 },
  { id: '0019_grid_move_kinds', sql: m0019 },
  { id: '0020_meetings', sql: m0020 },
  { id: '0021_party_assessment', sql: m0021 },
  { id: '0022_device_register', sql: m0022 },
  { id: '0023_matter_decision_index', sql: m0023 },
];

export class MigrationMismatchError extends Error {}

export function appliedMigrations(db: Db): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migration (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  return (db.prepare('SELECT id FROM schema_migration ORDER BY id').all() as { id: string }[]).map((r) => r.id);
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, now: () => number = Date.now): string[] {
  const applied = appliedMigrations(db);
  applied.forEach((id, i) => {
    if (migrations[i]?.id !== id) {
      throw new MigrationMismatchError(
        `database has migration ${id} at position ${i + 1}, but this app expects ${migrations[i]?.id ?? 'nothing'}; refusing to touch it`,
      );
    }
  });
  const pending = migrations.slice(applied.length);
  const record = db.prepare('INSERT INTO schema_migration (id, applied_at) VALUES (?, ?)');
  for (const m of pending) {
    // foreign_keys cannot change inside a transaction, so it is switched around it.
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        if (m.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0) throw new Error(`migration ${m.id} would break ${broken.length} foreign keys; nothing was changed`);
        }
        record.run(m.id, now());
      })();
    } finally {
      if (m.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
  return pending.map((m) => m.id);
}
