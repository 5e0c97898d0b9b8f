// The messy register (test/helpers/messyWorkbook.ts) against a real encrypted demo street:
// every data row reaches the outcome the helper expects, the preview says what it skipped,
// the error workbook carries the rejected rows back, and fixed rows import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/core/db/database';
import { ERROR_COLUMN, errorWorkbook } from '../../src/main/core/registerImport/errorWorkbook';
import { planImport, type ImportOptions, type ImportPlan } from '../../src/main/core/registerImport/planImport';
import { previewView } from '../../src/main/core/registerImport/previewView';
import { readWorkbook } from '../../src/main/core/registerImport/readWorkbook';
import { demoStreetCopy, openStreetReadonly } from '../helpers/demoStreet';
import { ADMIN_IMPORTER } from '../helpers/importer';
import { messyWorkbook, SHEET_GRID, SHEET_MAIN, type MessyWorkbook } from '../helpers/messyWorkbook';

const COMMUNITY = 1;
let db: Db;
let remove: () => void;
let messy: MessyWorkbook;

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ communityId: COMMUNITY, fileName: '居民台账.xlsx', fileDigest: 'test', now: ADMIN_IMPORTER.now, importer: ADMIN_IMPORTER.user, ...extra });

async function plan(bytes: Buffer, extra: Partial<ImportOptions> = {}): Promise<ImportPlan> {
  return planImport(db, await readWorkbook(bytes), options(extra));
}

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  db = await openStreetReadonly(copy.dir);
  messy = await messyWorkbook(db, COMMUNITY);
});
afterAll(() => {
  db.close();
  remove();
});

type Outcome = { outcome: string; reasons: string[]; fields: string[]; household: string | null };

function outcomes(p: ImportPlan): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const r of p.rows) out.set(`${r.sheet}|${r.row}`, { outcome: r.outcome, reasons: [], fields: r.fields, household: r.target.kind === 'existing' ? 'existing' : r.target.key });
  for (const i of p.issues) {
    const key = `${i.sheet}|${i.row}`;
    const o = out.get(key) ?? { outcome: '', reasons: [], fields: [], household: null };
    o.reasons.push(i.reason);
    out.set(key, o);
  }
  for (const o of out.values()) if (o.outcome === '') o.outcome = o.reasons.includes('address_ambiguous') && o.reasons.length === 1 ? 'needsPick' : o.reasons.some((r) => r === 'name_differs' || r === 'other_community') ? 'conflict' : 'rejected';
  return out;
}

describe('the messy register, row by row', () => {
  let p: ImportPlan;
  beforeAll(async () => {
    p = await plan(messy.bytes);
  });

  it('reaches the expected outcome on every data row, and on no other row', () => {
    const got = outcomes(p);
    for (const e of messy.expected) {
      const o = got.get(`${e.sheet}|${e.row}`);
      expect(o, `${e.sheet} row ${e.row}: ${e.what}`).toBeDefined();
      expect({ row: e.row, outcome: o!.outcome, reasons: [...o!.reasons].sort() }, `${e.sheet} row ${e.row}: ${e.what}`).toEqual({
        row: e.row,
        outcome: e.outcome,
        reasons: [...(e.reasons ?? [])].sort(),
      });
      if (e.fields) expect(o!.fields, `${e.sheet} row ${e.row}: ${e.what}`).toEqual(e.fields);
    }
    expect([...got.keys()].sort()).toEqual(messy.expected.map((e) => `${e.sheet}|${e.row}`).sort());
  });

  it('puts the rows of one household together, and joins registered households', () => {
    const got = outcomes(p);
    const households = new Map<string, Set<string | null>>();
    for (const e of messy.expected) {
      if (!e.household) continue;
      const h = got.get(`${e.sheet}|${e.row}`)!.household;
      if (e.household === 'existing') expect(h, `${e.sheet} row ${e.row}`).toBe('existing');
      else households.set(e.household, (households.get(e.household) ?? new Set()).add(h));
    }
    expect([...households.values()].map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set([...households.values()].map((s) => [...s][0])).size).toBe(3);
  });

  it('stores the normalised values: 18-digit upper-case IDs, the 15-digit one upgraded, phones as dialled', () => {
    const newIds = p.rows.filter((r) => r.outcome === 'new').map((r) => r.data.idNumber);
    expect(new Set(newIds)).toEqual(new Set(messy.newIds.filter((id) => newIds.includes(id))));
    expect(newIds.length).toBe(messy.expected.filter((e) => e.outcome === 'new').length);
    const byRow = (sheet: string, row: number) => p.rows.find((r) => r.sheet === sheet && r.row === row)!.data;
    expect(byRow(SHEET_MAIN, 7).idNumber).toMatch(/X$/);
    expect(byRow(SHEET_MAIN, 8).phone).toBe('023-68123456');
    expect(byRow(SHEET_MAIN, 8).relation).toBe('配偶');
    expect(byRow(SHEET_MAIN, 11).idNumber).toHaveLength(18);
    expect(byRow(SHEET_MAIN, 11).phone).toBe('13900000011');
    expect(byRow(SHEET_MAIN, 14).name).toBe('张伟');
    expect(byRow(SHEET_MAIN, 14).phone).toBe('13800138001');
    expect(byRow(SHEET_MAIN, 15).phone).toBe('13800138002');
    expect(byRow(SHEET_GRID, 6).relation).toBe('其他');
  });

  it('says per sheet what it read and what it skipped', () => {
    const view = previewView(p, 'residents');
    const sheets = new Map(view.sheets.map((s) => [s.sheet, s]));
    expect(Object.fromEntries(view.sheets.map((s) => [s.sheet, s.status]))).toEqual(messy.statuses);
    for (const [sheet, skipped] of Object.entries(messy.skipped)) expect(sheets.get(sheet)!.skipped, sheet).toEqual(skipped);
    expect(sheets.get(SHEET_MAIN)!.headerRows).toEqual([3, 4]);
    expect(sheets.get(SHEET_GRID)!.headerRows).toEqual([2]);
    const fields = Object.fromEntries(sheets.get(SHEET_MAIN)!.columns.map((c) => [c.column, c.field]));
    expect(fields).toEqual({ A: null, B: 'name', C: 'gender', D: 'birthDate', E: 'idNumber', F: 'relation', G: 'phone', H: 'building', I: 'unit', J: 'room', K: 'estate', L: 'note' });
    expect(sheets.get(SHEET_GRID)!.columns.find((c) => c.column === 'C')).toMatchObject({ field: 'idNumber', source: 'auto' });
    const count = (o: string) => messy.expected.filter((e) => e.sheet === SHEET_MAIN && e.outcome === o).length;
    expect(sheets.get(SHEET_MAIN)!.counts).toEqual({ new: count('new'), updated: count('update'), unchanged: count('unchanged'), conflict: count('conflict'), needsPick: count('needsPick'), rejected: count('rejected') });
    expect(sheets.get(SHEET_MAIN)!.newHouseholds).toBe(2);
  });

  it('words each reason with the sheet, the row Excel shows, the column, the value and why', () => {
    const view = previewView(p, 'residents');
    const at = (sheet: string, row: number) => view.issues.filter((i) => i.sheet === sheet && i.row === row);
    expect(at(SHEET_MAIN, 13)).toEqual([
      expect.objectContaining({ column: '公民身份号码', value: '5.00103E+17', reason: 'id_scientific', message: expect.stringContaining('科学计数法') as string, messageEn: expect.stringContaining('scientific notation') as string }),
    ]);
    expect(at(SHEET_MAIN, 12)[0]).toMatchObject({ column: '公民身份号码', value: '5.00107E+17', reason: 'id_lost_digits' });
    expect(at(SHEET_MAIN, 16)[0]).toMatchObject({ column: '出生日期', value: '1970-01-02', message: '出生日期（1970-01-02）与身份证号中的出生日期（1970-01-01）不一致' });
    expect(at(SHEET_MAIN, 19)[0]).toMatchObject({ column: '联系电话', value: '68123456', reason: 'phone_no_area_code' });
    expect(at(SHEET_MAIN, 20)[0]!.message).toContain(`${SHEET_MAIN} 第21行`);
    expect(at(SHEET_GRID, 13)[0]).toMatchObject({ column: '姓名', reason: 'required_missing', message: '姓名为空，此项必填' });
    // Sheet by sheet, row by row.
    const order = view.issues.map((i) => `${i.sheet === SHEET_MAIN ? 0 : 1}:${String(i.row).padStart(3, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('offers the buildings an ambiguous address may be, and takes the user’s pick', async () => {
    const pick = p.picks.find((g) => g.key === messy.pick.key)!;
    expect(pick.rows).toEqual([{ sheet: SHEET_GRID, row: 7 }]);
    expect(new Set(pick.candidates.map((c) => c.buildingId))).toEqual(new Set(messy.pick.buildingIds.slice(0, 8)));
    const picked = await plan(messy.bytes, { picks: { [messy.pick.key]: messy.pick.buildingIds[1]! } });
    const row = picked.rows.find((r) => r.sheet === SHEET_GRID && r.row === 7)!;
    expect(row.outcome).toBe('new');
    const buildingOf = row.target.kind === 'new' ? row.target.buildingId : (db.prepare('SELECT building_id FROM household WHERE id = ?').get(row.target.id) as { building_id: number }).building_id;
    expect(buildingOf).toBe(messy.pick.buildingIds[1]);
    const outside = db.prepare('SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id <> ? LIMIT 1').get(COMMUNITY) as { id: number };
    const refused = await plan(messy.bytes, { picks: { [messy.pick.key]: outside.id } });
    expect(refused.issues.filter((i) => i.sheet === SHEET_GRID && i.row === 7).map((i) => i.reason)).toEqual(['pick_invalid']);
  });

  it('keeps the digest while nothing changes, and changes it with the picks', async () => {
    expect((await plan(messy.bytes)).digest).toBe(p.digest);
    expect((await plan(messy.bytes, { picks: { [messy.pick.key]: messy.pick.buildingIds[0]! } })).digest).not.toBe(p.digest);
  });

  it('does not tell a community’s staff that a person is registered in another community', async () => {
    const key = `${SHEET_GRID}|10`;
    expect(p.issues.filter((i) => `${i.sheet}|${i.row}` === key).map((i) => i.reason)).toEqual(['other_community']);
    const staff = await plan(messy.bytes, { importer: { role: 'community', communityId: COMMUNITY } });
    expect(staff.issues.filter((i) => `${i.sheet}|${i.row}` === key).map((i) => i.reason)).toEqual(['id_unavailable']);
    const view = previewView(staff, 'residents');
    expect(view.totals.conflict).toBe(previewView(p, 'residents').totals.conflict);
    const others = db.prepare('SELECT name FROM community WHERE id <> ?').pluck().all(COMMUNITY) as string[];
    const text = JSON.stringify(view);
    expect(text).not.toContain('other_community');
    for (const name of others) expect(text).not.toContain(name);
  });
});

describe('the error workbook', () => {
  it('holds every row not written, with its original columns and 错误原因, and the fixed rows import', async () => {
    const grid = await readWorkbook(messy.bytes);
    const p = planImport(db, grid, options());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await errorWorkbook(grid, p)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([SHEET_MAIN, SHEET_GRID]);
    const main = wb.getWorksheet(SHEET_MAIN)!;
    const header = (main.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['序号', '姓名', '性别', '出生日期', '公民身份号码', '与户主关系', '联系电话', '楼栋', '单元', '房号', '小区', '备注', ERROR_COLUMN]);
    const notWritten = (sheet: string) => messy.expected.filter((e) => e.sheet === sheet && !['new', 'update', 'unchanged'].includes(e.outcome));
    expect(main.rowCount - 1).toBe(notWritten(SHEET_MAIN).length);
    expect(wb.getWorksheet(SHEET_GRID)!.rowCount - 1).toBe(notWritten(SHEET_GRID).length);
    // The scientific-notation row keeps its value, the ID column is text, and the reason names the row.
    const rows = Array.from({ length: main.rowCount - 1 }, (_, k) => main.getRow(k + 2));
    const scientific = rows.find((r) => r.getCell(5).value === '5.00103E+17')!;
    expect(String(scientific.getCell(13).value)).toMatch(/^第13行：【公民身份号码】身份证号已被 Excel 显示成科学计数法/);
    expect(main.getColumn(5).numFmt).toBe('@');

    // Fix the landline (give it its area code) and import the error workbook again.
    const landline = rows.find((r) => r.getCell(7).value === '68123456')!;
    landline.getCell(7).value = '023-68123456';
    const fixed = await plan(Buffer.from(await wb.xlsx.writeBuffer()));
    const fixedRow = fixed.rows.find((r) => r.data.name === '李座机');
    expect(fixedRow?.outcome).toBe('new');
    // The other rows are still refused for the same reasons.
    // The other rows are still refused for the same reasons (the rounded ID comes back as 5.00107E+17, not as digits).
    const reasons = (q: ImportPlan) => q.issues.filter((i) => i.sheet === SHEET_MAIN && i.reason !== 'phone_no_area_code').map((i) => i.reason.replace('id_lost_digits', 'id_scientific')).sort();
    expect(reasons(fixed)).toEqual(reasons(p));
  });
});
