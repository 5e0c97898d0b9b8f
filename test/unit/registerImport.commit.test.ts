// The commit, on a real encrypted street: it writes exactly the previewed plan through the
// register functions (with their history and audit), refuses a stale preview, and an import
// that fails half-way leaves the database file byte for byte as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import type { ImportCommitInput, ImportPreviewInput } from '../../src/shared/registerImport';
import { ApiError } from '../../src/shared/errors';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { messyWorkbook, SHEET_MAIN, type MessyWorkbook } from '../helpers/messyWorkbook';
import { ADMIN_IMPORTER } from '../helpers/importer';

let dir: string;
let remove: () => void;
let key: Buffer;
let db: Db;
let messy: MessyWorkbook;
const actor = { user: { id: 1, role: 'admin' as const, communityId: null }, now: TEST_ANCHOR };
const quiet = () => undefined;

function open(): Db {
  return openDatabase(dataPaths(dir).db, key);
}

/** The database file's bytes, read with every connection closed (the WAL checkpointed into it). */
function fileHash(): string {
  return createHash('sha256').update(readFileSync(dataPaths(dir).db)).digest('hex');
}

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
  key = await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops');
  db = open();
  messy = await messyWorkbook(db, 1);
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

const previewInput = (): ImportPreviewInput => ({ register: 'residents', communityId: 1, file: { name: '居民台账.xlsx', base64: messy.bytes.toString('base64') } });

async function commitInput(): Promise<ImportCommitInput> {
  const preview = await importPreview(db, previewInput(), ADMIN_IMPORTER, quiet);
  return { ...previewInput(), digest: preview.digest };
}

describe('register.import commit', () => {
  it('writes the previewed rows with their history, and a second preview finds them unchanged', async () => {
    const input = await commitInput();
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const result = await commitImport(db, input, actor, quiet);
    const count = (o: string) => messy.expected.filter((e) => e.outcome === o).length;
    expect(result).toMatchObject({ added: count('new'), updated: count('update'), unchanged: count('unchanged'), created: 3 });
    for (const id of messy.newIds) {
      const r = db.prepare('SELECT r.id, h.status FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id_number = ?').get(id) as { id: number; status: string } | undefined;
      expect(r, id).toBeDefined();
      expect(r!.status).toBe('occupied');
      expect(db.prepare("SELECT action FROM record_change WHERE kind = 'resident' AND record_id = ?").pluck().all(r!.id)).toEqual(['add']);
    }
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBeGreaterThan(auditBefore);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'register.import'").pluck().get()).toBe(1);

    const again = await importPreview(db, previewInput(), ADMIN_IMPORTER, quiet);
    expect(again.totals.new).toBe(0);
    expect(again.totals.updated).toBe(0);
    expect(again.totals.unchanged).toBe(count('new') + count('update') + count('unchanged'));
    expect(again.sheets.find((s) => s.sheet === SHEET_MAIN)!.counts.rejected).toBe(messy.expected.filter((e) => e.sheet === SHEET_MAIN && e.outcome === 'rejected').length);
  });

  it('refuses a preview the register has moved on from, and writes nothing', async () => {
    const input = await commitInput();
    await commitImport(db, input, actor, quiet);
    const residents = db.prepare('SELECT count(*) FROM resident').pluck().get();
    await expect(commitImport(db, input, actor, quiet)).rejects.toMatchObject({ code: 'conflict', details: [{ reason: 'stale_preview' }] });
    expect(db.prepare('SELECT count(*) FROM resident').pluck().get()).toBe(residents);
  });

  it('failing half-way leaves the database file byte for byte as before', async () => {
    const input = await commitInput();
    db.close();
    const before = fileHash();
    db = open();
    const residentsBefore = db.prepare('SELECT count(*) FROM resident').pluck().get() as number;
    let checks = 0;
    let writtenWhenStopped = 0;
    const failure = await commitImport(db, input, actor, quiet, () => {
      checks++;
      if (checks < 6) return false;
      // Half-way: rows are written inside the transaction when the import is stopped.
      writtenWhenStopped = (db.prepare('SELECT count(*) FROM resident').pluck().get() as number) - residentsBefore;
      return true;
    }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('cancelled');
    expect(writtenWhenStopped).toBeGreaterThan(0);
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) FROM resident').pluck().get()).toBe(residentsBefore);
    db.close();
    expect(fileHash()).toBe(before);
  });
});
