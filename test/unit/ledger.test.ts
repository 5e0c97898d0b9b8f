// The case ledger (台账) export: the demo street's last month written to Excel and read
// back: Chinese headers, one sheet per large category with exactly the cases SQL finds,
// a 汇总 sheet matching the indicators, Beijing times, and no reporter phone anywhere.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { computeIndicators } from '../../src/main/core/indicators/computeIndicators';
import { exportLedger } from '../../src/main/core/ledger/exportLedger';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';

/** October 2026 in Beijing time: the month before the test anchor (2026-11-20). */
const FROM = Date.UTC(2026, 9, 1, -8);
const TO = Date.UTC(2026, 10, 1, -8);
const HOUR = 3_600_000;

const CASE_HEADERS = ['案件编号', '来源', '大类', '小类', '所属社区', '所属网格', '地址', '问题描述', '上报时间', '派遣时间', '处置时限', '结案时间', '状态', '处置单位/责任人', '是否超期', '返工次数', '满意度', '代录'];
const SUMMARY_HEADERS = ['大类', '立案数', '应结案数', '结案数', '按期结案数', '延期数', '超期未结案数', '返工数', '结案率', '按期结案率', '返工率', '延期率', '平均处置时长(小时)', '评价数', '满意度(星)', '满意率'];
const STATUS_LABELS = new Set(['待立案', '已立案', '已派遣', '处置中', '待核查', '已结案', '挂账', '已上报区级']);
/** A phone typed into a description by a dispatcher: must come out masked. */
const TYPED_PHONE = '13912345678';

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): ExcelJS.CellValue[] {
  const values = sheet.getRow(n).values;
  // exceljs rows are 1-based: values[0] is always empty.
  return Array.isArray(values) ? values.slice(1) : [];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

describe('exportLedger', () => {
  let db: Db;
  let remove: () => void;
  let workbook: ExcelJS.Workbook;
  let fileName: string;
  let large: { id: number; class: string; name: string }[];

  beforeAll(async () => {
    const street = await demoStreetCopy();
    remove = street.remove;
    const paths = dataPaths(street.dir);
    db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
    // A dispatcher typed a caller's mobile number into one description.
    db.prepare(`UPDATE case_file SET description = description || '联系电话${TYPED_PHONE}' WHERE id = (SELECT min(id) FROM case_file WHERE reported_at >= ? AND reported_at < ? AND status = 'closed')`).run(FROM, TO);
    large = db.prepare('SELECT id, class, name FROM case_category WHERE parent_id IS NULL ORDER BY code').all() as typeof large;
    const ledger = await exportLedger(db, { from: FROM, to: TO }, TEST_ANCHOR);
    fileName = ledger.fileName;
    workbook = await readBack(ledger.bytes);
  });
  afterAll(() => {
    db.close();
    remove();
  });

  const countSql = `SELECT count(*) FROM case_file cf JOIN case_category cat ON cat.id = cf.category_id
                     WHERE cf.reported_at >= ? AND cf.reported_at < ? AND cf.status <> 'cancelled' AND COALESCE(cat.parent_id, cat.id) = ?`;

  it('names the file after the period and has a 汇总 sheet and one sheet per large category', () => {
    expect(fileName).toBe('案件台账_2026-10-01_2026-10-31.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', ...large.map((c) => `${c.class === 'component' ? '部件' : '事件'}-${c.name}`)]);
  });

  it('lists exactly the cases of the period per category, under Chinese headers, with a frozen header row', () => {
    let listed = 0;
    large.forEach((category, i) => {
      const sheet = workbook.worksheets[i + 1]!;
      expect(rowValues(sheet, 1)).toEqual(CASE_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const expected = db.prepare(countSql).pluck().get(FROM, TO, category.id) as number;
      expect(sheet.actualRowCount - 1, sheet.name).toBe(expected);
      listed += expected;
      for (let r = 2; r <= sheet.rowCount; r++) {
        const values = rowValues(sheet, r);
        expect(values[2]).toBe(category.name);
        expect(STATUS_LABELS.has(String(values[12]))).toBe(true);
      }
    });
    expect(listed).toBeGreaterThan(50);
  });

  it('writes times as Beijing wall-clock dates and the handler, overdue flag and rating of a case', () => {
    const c = db
      .prepare(
        `SELECT cf.code, cf.reported_at, cf.due_at, cf.closed_at, cf.satisfaction, cf.rework_count, d.name AS department, s.name AS staff, COALESCE(cat.parent_id, cat.id) AS large
           FROM case_file cf JOIN case_category cat ON cat.id = cf.category_id
           LEFT JOIN department d ON d.id = cf.assignee_department_id LEFT JOIN grid_staff s ON s.id = cf.assignee_staff_id
          WHERE cf.reported_at >= ? AND cf.reported_at < ? AND cf.status = 'closed' AND cf.satisfaction IS NOT NULL ORDER BY cf.closed_at - cf.due_at DESC LIMIT 1`,
      )
      .get(FROM, TO) as { code: string; reported_at: number; due_at: number; closed_at: number; satisfaction: number; rework_count: number; department: string | null; staff: string | null; large: number };
    const sheet = workbook.worksheets[large.findIndex((l) => l.id === c.large) + 1]!;
    let row: ExcelJS.CellValue[] = [];
    sheet.eachRow((r, n) => {
      if (n > 1 && r.getCell(1).value === c.code) row = rowValues(sheet, n);
    });
    const reported = row[8];
    expect(reported).toBeInstanceOf(Date);
    // Excel dates carry no zone: the UTC fields of the date read back are Beijing time.
    expect((reported as Date).getTime()).toBe(Math.trunc(c.reported_at + 8 * HOUR));
    expect(sheet.getCell(2, 9).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row[12]).toBe('已结案');
    expect(row[13]).toBe(c.department ?? `网格员 ${c.staff}`);
    // The case closed furthest past its due time is overdue.
    expect(c.closed_at).toBeGreaterThan(c.due_at);
    expect(row[14]).toBe('是');
    expect(row[15]).toBe(c.rework_count);
    expect(row[16]).toBe(c.satisfaction);
  });

  it('sums each large category in the 汇总 sheet with the shared indicators', () => {
    const summary = workbook.getWorksheet('汇总')!;
    expect(rowValues(summary, 1)).toEqual(SUMMARY_HEADERS);
    const indicators = computeIndicators(db, { from: FROM, to: TO, groupBy: 'category' }, TEST_ANCHOR);
    indicators.forEach((ind, i) => {
      const values = rowValues(summary, i + 2);
      expect(values[0]).toBe(ind.label);
      expect(values.slice(1, 8)).toEqual([ind.reported, ind.due, ind.closed, ind.closedOnTime, ind.deferred, ind.overdueOpen, ind.reworked]);
      expect(values[9] ?? null).toBe(ind.onTimeRate);
      if (ind.kind === 'category') expect(ind.reported).toBe(db.prepare(countSql).pluck().get(FROM, TO, ind.id));
    });
    expect(rowValues(summary, indicators.length + 1)[0]).toBe('合计');
  });

  it('puts no reporter phone in the workbook, and masks a phone typed into a description', () => {
    const phones = db
      .prepare(`SELECT DISTINCT reporter_phone FROM case_file WHERE reported_at >= ? AND reported_at < ? AND reporter_phone IS NOT NULL`)
      .pluck()
      .all(FROM, TO) as string[];
    expect(phones.length).toBeGreaterThan(5);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(cellText(cell.value)))));
    const all = texts.join('\n');
    for (const p of [...phones, TYPED_PHONE]) expect(all.includes(p), `phone ${p} in the ledger`).toBe(false);
    expect(all).toContain('联系电话139****5678');
    // No mobile number at all, masked ones aside.
    expect(all.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g)).toBeNull();
  });

  it('exports one category alone, named in the file, and refuses an unknown one', async () => {
    const category = large.find((c) => c.class === 'event')!;
    const ledger = await exportLedger(db, { from: FROM, to: TO, categoryId: category.id }, TEST_ANCHOR);
    expect(ledger.fileName).toBe(`案件台账_事件-${category.name}_2026-10-01_2026-10-31.xlsx`);
    const book = await readBack(ledger.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', `事件-${category.name}`]);
    expect(book.worksheets[1]!.actualRowCount - 1).toBe(db.prepare(countSql).pluck().get(FROM, TO, category.id));
    await expect(exportLedger(db, { from: FROM, to: TO, categoryId: 99_999 }, TEST_ANCHOR)).rejects.toMatchObject({ code: 'not_found' });
  });
});
