import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/database';
import { appliedMigrations, migrate, MIGRATIONS, MigrationMismatchError } from '../../src/main/core/db/migrate';
import { migrateInWorker } from '../../src/main/core/workers/migrateInWorker';
import { coreWorkerEntry } from '../../src/main/core/workers/workerEntry';
import { tempDir } from '../helpers/tempDir';

describe('migrations', () => {
  const dirs: { remove(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
  const fresh = () => {
    const d = tempDir();
    dirs.push(d);
    return openDatabase(join(d.path, 'm.db'), randomBytes(32));
  };

  it('applies every numbered migration once, in order, and records it', () => {
    const db = fresh();
    expect(MIGRATIONS.map((m) => m.id)).toEqual([...MIGRATIONS.map((m) => m.id)].sort());
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(migrate(db)).toEqual([]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const t of ['street', 'community', 'grid', 'grid_staff', 'building', 'household', 'resident', 'party_org', 'party_member', 'tenant', 'facility', 'department', 'case_category', 'case_file', 'case_event', 'app_user', 'audit_log']) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('refuses a database whose applied list is not a prefix of ours, touching nothing', () => {
    const db = fresh();
    migrate(db, [{ id: '0001_other', sql: 'CREATE TABLE other (x)' }]);
    expect(() => migrate(db)).toThrow(MigrationMismatchError);
    expect(appliedMigrations(db)).toEqual(['0001_other']);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'street'").pluck().get()).toBe(0);
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const db = fresh();
    const broken = [...MIGRATIONS, { id: '9999_broken', sql: 'CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);' }];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('migrations in a worker (an upgraded street at unlock)', () => {
  it('applies what is pending on a connection of its own, then nothing; refuses a list that is not a prefix of ours', async () => {
    const d = tempDir();
    try {
      const file = join(d.path, 'm.db');
      const key = randomBytes(32);
      openDatabase(file, key).close();
      const entry = coreWorkerEntry(undefined);
      expect(await migrateInWorker(entry, { dbFile: file, keyHex: key.toString('hex'), nativeBinding: null })).toEqual(MIGRATIONS.map((m) => m.id));
      expect(await migrateInWorker(entry, { dbFile: file, keyHex: key.toString('hex'), nativeBinding: null })).toEqual([]);
      const db = openDatabase(file, key);
      expect(appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
      db.prepare("INSERT INTO schema_migration (id, applied_at) VALUES ('0000_other', 0)").run();
      db.close();
      await expect(migrateInWorker(entry, { dbFile: file, keyHex: key.toString('hex'), nativeBinding: null })).rejects.toThrow(/refusing to touch it/);
    } finally {
      d.remove();
    }
  }, 60_000);
});
