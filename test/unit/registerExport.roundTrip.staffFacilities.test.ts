// Export then import changes nothing, for the grid staff (网格人员台账) and facilities (设施台账)
// registers, through the framework as the API runs it (register.export → register.import
// preview → commit): a community's register of the real demo street goes out masked as the
// administrator sees it, comes back as all unchanged, and the commit leaves every table as it
// was (only the import's own audit entry is added).
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { exportRegister } from '../../src/main/core/registerExport/exportRegister';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import { assignStaff } from '../../src/main/core/registers/staff';
import type { ExportedFile } from '../../src/shared/api';
import type { ImportPreviewInput, ImportRegister } from '../../src/shared/registerImport';
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
  // A building head linked to a resident, with a start date: the export masks the ID number and writes the date.
  const r = db
    .prepare(
      `SELECT r.id, r.name, b.id AS building FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND b.id NOT IN (SELECT building_id FROM grid_staff WHERE building_id IS NOT NULL AND vacated_on IS NULL) ORDER BY r.id LIMIT 1`,
    )
    .get(COMMUNITY) as { id: number; name: string; building: number };
  const building = r.building;
  db.transaction(() => assignStaff(db, { user: admin, now: TEST_ANCHOR }, { role: 'building_head', buildingId: building, name: r.name, phone: '13700001234', residentId: r.id, onDate: '2026-10-08' }))();
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

const CASES: { register: ImportRegister; title: string; header: string[]; count: string }[] = [
  {
    register: 'gridStaff',
    title: '网格人员台账',
    header: ['所属网格', '岗位', '负责楼栋', '姓名', '联系电话', '公民身份号码', '任职日期', '是否党员'],
    count: 'SELECT count(*) FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE g.community_id = ? AND s.vacated_on IS NULL',
  },
  {
    register: 'facilities',
    title: '设施台账',
    header: ['设施名称', '设施类型', '所属社区', '地址', '经度', '纬度', '开放时间'],
    count: 'SELECT count(*) FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ?',
  },
];

describe.each(CASES)('register.export → register.import, $register', ({ register, title, header, count }) => {
  const input = (file: ExportedFile): ImportPreviewInput => ({ register, communityId: COMMUNITY, file: { name: file.fileName, base64: file.base64 } });

  it('exports the import’s columns, one row per record, and imports them back as all unchanged; the commit changes no table', async () => {
    const file = await exportRegister(db, { register, communityId: COMMUNITY }, admin, TEST_ANCHOR, quiet);
    const registered = db.prepare(count).pluck().get(COMMUNITY) as number;
    const rows = await sheetRows(file);
    expect(rows[0]).toEqual(header);
    expect(rows.length - 1).toBe(registered);
    expect(registered).toBeGreaterThan(0);
    expect(file.fileName).toMatch(new RegExp(`^${title}_.+社区_2026-11-20\\.xlsx$`));

    const preview = await importPreview(db, input(file), ADMIN_IMPORTER, quiet);
    expect(preview.issues.slice(0, 3)).toEqual([]);
    expect(preview.totals).toEqual({ new: 0, updated: 0, unchanged: registered, conflict: 0, needsPick: 0, rejected: 0 });
    const before = tableDigests();
    const done = await commitImport(db, { ...input(file), digest: preview.digest }, { user: admin, now: TEST_ANCHOR }, quiet);
    expect(done).toMatchObject({ added: 0, updated: 0, created: 0, unchanged: registered, notWritten: 0 });
    expect(tableDigests()).toEqual(before);
  });
});
