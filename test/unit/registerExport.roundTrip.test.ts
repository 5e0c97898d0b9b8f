// Export then import changes nothing: a community's residents of the real demo street go out
// as a workbook (the columns the import reads, masked as the administrator sees residents),
// come back through the import's preview as all unchanged, and the commit leaves every table
// as it was (only the import's own audit entry is added).
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { exportRegister } from '../../src/main/core/registerExport/exportRegister';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { RESIDENT_COLUMNS } from '../../src/main/core/registerImport/residents/residentColumns';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import type { ExportedFile } from '../../src/shared/api';
import type { ImportPreviewInput } from '../../src/shared/registerImport';
import type { UserView } from '../../src/shared/views';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { ADMIN_IMPORTER } from '../helpers/importer';

const COMMUNITY = 1;
const admin: UserView = { id: 1, username: 'admin', displayName: '管理员', role: 'admin', communityId: null, mustChangePassword: false };
const quiet = () => undefined;

let remove: () => void;
let db: Db;

beforeAll(async () => {
  let dir: string;
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterAll(() => {
  db.close();
  remove();
});

/** Every table's rows hashed, the audit log left out (the import adds its own entry by design). */
function tableDigests(): Record<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name").pluck().all() as string[];
  const digest = (t: string) => {
    const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
    return createHash('sha256').update(rows.join('\n')).digest('hex');
  };
  return Object.fromEntries(tables.map((t) => [t, digest(t)]));
}

async function sheetRows(file: ExportedFile): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const importInput = (file: ExportedFile): ImportPreviewInput => ({ register: 'residents', communityId: COMMUNITY, file: { name: file.fileName, base64: file.base64 } });

describe('register.export → register.import, residents', () => {
  let file: ExportedFile;
  let registered: number;

  beforeAll(async () => {
    file = await exportRegister(db, { register: 'residents', communityId: COMMUNITY }, admin, TEST_ANCHOR, quiet);
    registered = db
      .prepare('SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ?')
      .pluck()
      .get(COMMUNITY) as number;
  });

  it('writes the import’s first header synonyms and one row per registered resident, masked as the administrator sees residents', async () => {
    const rows = await sheetRows(file);
    const first = (field: string) => RESIDENT_COLUMNS.fields.find((f) => f.field === field)!.synonyms[0];
    expect(rows[0]).toEqual(['name', 'idNumber', 'gender', 'birthDate', 'phone', 'relation', 'address'].map(first));
    expect(rows.length - 1).toBe(registered);
    expect(registered).toBeGreaterThan(100);
    const body = rows.slice(1);
    // admin sees residents' names, phones and ID numbers masked, addresses in full (access/matrix.ts).
    expect(body.every((r) => /^\d{6}\*{8}[\dX]{4}$/.test(String(r[1])))).toBe(true);
    expect(body.every((r) => /\*$/.test(String(r[0])))).toBe(true);
    expect(body.every((r) => r[2] === undefined && r[3] === undefined)).toBe(true);
    expect(file.fileName).toMatch(/^居民台账_.+社区_2026-11-20\.xlsx$/);
  });

  it('imports back as all unchanged, and its commit changes no table', async () => {
    const preview = await importPreview(db, importInput(file), ADMIN_IMPORTER, quiet);
    expect(preview.issues.slice(0, 3)).toEqual([]);
    expect(preview.totals).toEqual({ new: 0, updated: 0, unchanged: registered, conflict: 0, needsPick: 0, rejected: 0 });
    const before = tableDigests();
    const done = await commitImport(db, { ...importInput(file), digest: preview.digest }, { user: admin, now: TEST_ANCHOR }, quiet);
    expect(done).toMatchObject({ added: 0, updated: 0, created: 0, unchanged: registered, notWritten: 0 });
    expect(tableDigests()).toEqual(before);
  });

  it('exports one grid of the community: its residents only, and they too import back unchanged', async () => {
    const grid = db.prepare('SELECT g.id FROM grid g WHERE g.community_id = ? ORDER BY g.id LIMIT 1').pluck().get(COMMUNITY) as number;
    const inGrid = db.prepare('SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE b.grid_id = ?').pluck().get(grid) as number;
    const part = await exportRegister(db, { register: 'residents', communityId: COMMUNITY, gridId: grid }, admin, TEST_ANCHOR, quiet);
    expect((await sheetRows(part)).length - 1).toBe(inGrid);
    const preview = await importPreview(db, importInput(part), ADMIN_IMPORTER, quiet);
    expect(preview.totals).toMatchObject({ new: 0, updated: 0, unchanged: inGrid, rejected: 0 });
  });

  it('reads an edited masked row as an update of the registered person, and refuses a mask that fits nobody', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    // Row 2 is a household's head (heads come first): another member's relation changes instead.
    let member = 3;
    while (sheet.getRow(member).getCell(6).value === '户主') member++;
    sheet.getRow(member).getCell(6).value = '其他';
    const idCell = sheet.getRow(2).getCell(2);
    const masked = String(idCell.value);
    idCell.value = `${masked.slice(0, 14)}${masked.slice(14) === '0000' ? '1111' : '0000'}`;
    const edited: ExportedFile = { ...file, base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
    const preview = await importPreview(db, importInput(edited), ADMIN_IMPORTER, quiet);
    expect(preview.totals).toMatchObject({ new: 0, updated: 1, unchanged: registered - 2, rejected: 1 });
    expect(preview.updates).toEqual([{ sheet: preview.sheets[0]!.sheet, row: member, fields: ['relation'] }]);
    expect(preview.issues.map((i) => [i.row, i.reason])).toEqual([[2, 'masked_unmatched']]);
  });
});
