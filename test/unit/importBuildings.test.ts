// The buildings register (楼栋台账) import and export on a real encrypted demo street: a messy
// community workbook (title rows, a merged two-row header, a totals row, Chinese numerals,
// full addresses and short ones, codes typed as text and as numbers) with each row's outcome;
// the commit through updateBuilding with its history; a building the street lacks refused
// (its footprint comes from the GIS import); and the round trip (export → import: nothing changes).
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { buildingsKind } from '../../src/main/core/registerImport/buildings/kind';
import { exportRegister } from '../../src/main/core/registerExport/exportRegister';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import type { ImportPreview, ImportPreviewInput } from '../../src/shared/registerImport';
import type { UserView } from '../../src/shared/views';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { chineseNumeral } from '../helpers/messyWorkbook';
import { workbookBytes, type TypedCell } from '../helpers/placeWorkbook';
import { ADMIN_IMPORTER } from '../helpers/importer';

let db: Db;
let remove: () => void;
const admin: UserView = { id: 1, username: 'admin', displayName: '管理员', role: 'admin', communityId: null, mustChangePassword: false };
const actor = { user: admin, now: TEST_ANCHOR };
const quiet = () => undefined;

beforeEach(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  db = openDatabase(dataPaths(street.dir).db, await unwrapMasterKey(readKeyring(dataPaths(street.dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

interface B {
  id: number;
  code: string;
  name: string;
  address: string;
  road: string;
  house_number: string;
  floors: number;
  use: string;
  has_lift: number;
  built_year: number;
  community_id: number;
  top: number | null;
}

function buildings(): B[] {
  return db
    .prepare(
      `SELECT b.*, g.community_id, (SELECT max(floor) FROM household WHERE building_id = b.id) AS top
         FROM building b JOIN grid g ON g.id = b.grid_id ORDER BY b.id`,
    )
    .all() as B[];
}

const input = (bytes: Buffer, communityId = 1): ImportPreviewInput => ({ register: 'buildings', communityId, file: { name: '楼栋台账.xlsx', base64: bytes.toString('base64') } });

function digest(table: string): string {
  const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** Each issue of a row, as reason words. */
function reasonsOf(p: ImportPreview, sheet: string, row: number): string[] {
  return p.issues.filter((i) => i.sheet === sheet && i.row === row).map((i) => i.reason);
}

const USE_WORD: Record<string, string> = { residential: '住宅', commercial: '商业', mixed: '商住', office: '办公', public: '公共', industrial: '工业' };

describe('buildings register import', () => {
  it('reads a messy community workbook row by row: updates, unchanged rows and each refusal with its reason', async () => {
    const all = buildings();
    const here = all.filter((b) => b.community_id === 1);
    const estates = here.filter((b) => /^(.*小区)(\d+)栋$/.test(b.name));
    const liftless = estates.filter((b) => b.has_lift === 0);
    const [b0, b1, b2, b3] = liftless as [B, B, B, B, ...B[]];
    const b4 = estates.find((b) => b.top !== null && b.top >= 2 && ![b0, b1, b2, b3].includes(b))!;
    const office = here.find((b) => !/小区\d+栋$/.test(b.name))!;
    const [c1, c2, c3] = here.filter((b) => ![b0, b1, b2, b3, b4, office].includes(b)) as [B, B, B, ...B[]];
    const elsewhere = all.find((b) => b.community_id !== 1)!;
    const parts = (b: B) => /^(.*小区)(\d+)栋$/.exec(b.name)!;

    const main: TypedCell[][] = [
      ['杨家坪社区楼栋信息台账', null, null, null, null, null, null, null],
      ['填报单位：杨家坪社区　　填报日期：2026年11月'],
      ['序号', '楼栋', null, null, '层数', '用途', '有无电梯', '建成年代'],
      ['序号', '小区', '楼栋号', '地址', '层数', '用途', '有无电梯', '建成年代'],
      // 5: Chinese numerals, 层 and 年 after the numbers; floors up one, a lift added.
      [1, parts(b0)[1]!, `${chineseNumeral(Number(parts(b0)[2]))}栋`, null, `${b0.floors + 1}层`, '住宅', '有', `${b0.built_year}年`],
      // 6: by the full address alone, as registered: unchanged.
      [2, null, null, b1.address, b1.floors, USE_WORD[b1.use]!, '无', b1.built_year],
      // 7: by the short address (road + number); a use that is no use.
      [3, null, null, `${b2.road}${b2.house_number}`, b2.floors, '仓库', '无', b2.built_year],
      // 8: a building the street does not have.
      [4, '新华小区', '1栋', null, 6, '住宅', '无', 2020],
      // 9: floors that are no number.
      [5, parts(b3)[1]!, parts(b3)[2]!, null, 'abc', '住宅', '无', b3.built_year],
      // 10: fewer floors than the households registered in it.
      [6, parts(b4)[1]!, parts(b4)[2]!, null, 1, null, null, null],
      ['合计', null, null, null, 42, null, null, null],
    ];
    const towers: TypedCell[][] = [
      ['楼栋编码', '楼栋名称', '层数', '用途'],
      // 2: by code (as text) and name, the office written 写字楼: unchanged (写字楼 is 办公).
      [office.code, office.name, office.floors, office.use === 'office' ? '写字楼' : USE_WORD[office.use]!],
      // 3: a code typed as a number: Excel has lost its last digits.
      [Number(c1.code), null, null, null],
      // 4: another community's building.
      [elsewhere.code, null, null, null],
      // 5: a code with another building's name.
      [c2.code, c3.name, null, null],
      // 6: a code with a new name: renamed.
      [c3.code, `${c3.name}（新）`, null, null],
    ];
    const bytes = await workbookBytes([
      { name: '楼栋台账', rows: main, merges: ['A1:H1', 'A3:A4', 'B3:D3', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4'] },
      { name: '楼宇', rows: towers },
    ]);
    const p = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    const sheet = p.sheets.find((s) => s.sheet === '楼栋台账')!;
    expect(sheet.headerRows).toEqual([3, 4]);
    expect(sheet.skipped.totalsRows).toEqual([11]);

    expect(p.updates.filter((u) => u.sheet === '楼栋台账')).toEqual([{ sheet: '楼栋台账', row: 5, fields: ['floors', 'hasLift'] }]);
    expect(reasonsOf(p, '楼栋台账', 6)).toEqual([]);
    expect(reasonsOf(p, '楼栋台账', 7)).toEqual(['value_not_allowed']);
    const use = p.issues.find((i) => i.row === 7 && i.sheet === '楼栋台账')!;
    expect(use).toMatchObject({ column: '用途', value: '仓库' });
    expect(use.message).toContain('住宅、商业、商住、办公、公共、工业');
    expect(reasonsOf(p, '楼栋台账', 8)).toEqual(['building_no_footprint']);
    expect(p.issues.find((i) => i.row === 8)!.message).toContain('GIS');
    expect(reasonsOf(p, '楼栋台账', 9)).toEqual(['number_invalid']);
    expect(reasonsOf(p, '楼栋台账', 10)).toEqual(['floors_below_households']);
    expect(sheet.counts).toEqual({ new: 0, updated: 1, unchanged: 1, conflict: 0, needsPick: 0, rejected: 4 });

    const t = p.sheets.find((s) => s.sheet === '楼宇')!;
    expect(reasonsOf(p, '楼宇', 2)).toEqual([]);
    expect(reasonsOf(p, '楼宇', 3)).toEqual(['number_lost_digits']);
    expect(reasonsOf(p, '楼宇', 4)).toEqual(['building_other_community']);
    expect(reasonsOf(p, '楼宇', 5)).toEqual(['building_name_taken']);
    expect(p.updates.filter((u) => u.sheet === '楼宇')).toEqual([{ sheet: '楼宇', row: 6, fields: ['name'] }]);
    expect(t.counts).toEqual({ new: 0, updated: 1, unchanged: 1, conflict: 2, needsPick: 0, rejected: 1 });
  });

  it('writes the updates through updateBuilding with their history, and the same workbook then reads as unchanged', async () => {
    const b = buildings().find((x) => x.community_id === 1 && x.has_lift === 0 && /小区\d+栋$/.test(x.name))!;
    const bytes = await workbookBytes([{ name: '楼栋', rows: [['楼栋名称', '层数', '有无电梯', '建成年份'], [b.name, b.floors + 2, '有', b.built_year]] }]);
    const preview = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(preview.totals).toMatchObject({ updated: 1, rejected: 0 });
    const result = await commitImport(db, { ...input(bytes), digest: preview.digest }, actor, quiet);
    expect(result).toMatchObject({ register: 'buildings', added: 0, updated: 1, unchanged: 0, buildingIds: [b.id] });
    expect(db.prepare('SELECT floors, has_lift FROM building WHERE id = ?').get(b.id)).toEqual({ floors: b.floors + 2, has_lift: 1 });
    const change = db.prepare("SELECT action, changes, user_id FROM record_change WHERE kind = 'building' AND record_id = ?").get(b.id) as { action: string; changes: string; user_id: number };
    expect(change.action).toBe('update');
    expect((JSON.parse(change.changes) as { field: string }[]).map((c) => c.field).sort()).toEqual(['floors', 'hasLift']);
    const again = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(again.totals).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('a year built after this year is refused in the preview by the import’s clock, and the commit writes the other row only', async () => {
    const [a, b] = buildings().filter((x) => x.community_id === 1) as [B, B, ...B[]];
    const bytes = await workbookBytes([{ name: '楼栋', rows: [['楼栋名称', '层数', '建成年份'], [a.name, a.floors + 1, a.built_year], [b.name, b.floors, 2027]] }]);
    const preview = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(preview.totals).toMatchObject({ updated: 1, rejected: 1 });
    expect(preview.issues).toMatchObject([{ sheet: '楼栋', row: 3, column: '建成年份', value: '2027', reason: 'date_after_today', message: expect.stringContaining('2026-11-20') as unknown as string }]);
    // In 2027 by the import's clock the same year is taken.
    const later = await importPreview(db, input(bytes), { ...ADMIN_IMPORTER, now: Date.UTC(2027, 0, 2) }, quiet);
    expect(later.totals).toMatchObject({ updated: 2, rejected: 0 });
    const before = digest('record_change');
    const done = await commitImport(db, { ...input(bytes), digest: preview.digest }, actor, quiet);
    expect(done).toMatchObject({ updated: 1, notWritten: 1 });
    expect(db.prepare('SELECT built_year FROM building WHERE id = ?').pluck().get(b.id)).toBe(b.built_year);
    expect(digest('record_change')).not.toBe(before);
  });

  it('refuses a role the matrix does not let write buildings, in the core, and writes nothing', async () => {
    expect([...buildingsKind.roles]).toEqual(['admin', 'community']);
    const b = buildings().find((x) => x.community_id === 1)!;
    const bytes = await workbookBytes([{ name: '楼栋', rows: [['楼栋名称', '层数'], [b.name, b.floors + 1]] }]);
    const preview = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    const before = digest('building');
    const dispatcher = { user: { ...admin, id: 2, role: 'dispatcher' as const }, now: TEST_ANCHOR };
    await expect(commitImport(db, { ...input(bytes), digest: preview.digest }, dispatcher, quiet)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(digest('building')).toBe(before);
  });

  it('round trip: a community exported, then imported, reads every row as unchanged and changes no table', async () => {
    const file = await exportRegister(db, { register: 'buildings', communityId: 1 }, admin, TEST_ANCHOR, quiet);
    const bytes = Buffer.from(file.base64, 'base64');
    const rows = [...buildingsKind.exportRows(db, { communityId: 1, gridId: null }, admin)].length;
    expect(rows).toBe(buildings().filter((b) => b.community_id === 1).length);
    const preview = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(preview.issueCount).toBe(0);
    expect(preview.totals).toEqual({ new: 0, updated: 0, unchanged: rows, conflict: 0, needsPick: 0, rejected: 0 });
    const before = { building: digest('building'), change: digest('record_change') };
    await commitImport(db, { ...input(bytes), digest: preview.digest }, actor, quiet);
    expect({ building: digest('building'), change: digest('record_change') }).toEqual(before);

    const grid = db.prepare('SELECT grid_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 LIMIT 1').pluck().get() as number;
    const one = [...buildingsKind.exportRows(db, { communityId: 1, gridId: grid }, admin)];
    expect(one.length).toBe(db.prepare('SELECT count(*) FROM building WHERE grid_id = ?').pluck().get(grid));
  });
});
