// The ledger leaves the desk: a case whose description holds an ID number, a phone and the
// reporter's own name is exported through the API, the workbook read back with exceljs,
// and none of the three is left in any cell; its 代录 steps are in their own column.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../src/shared/api';
import type { CaseReportResult, CategoryNode } from '../../src/shared/cases';
import type { MapBase } from '../../src/shared/views';
import { scrubText } from '../../src/main/core/ledger/scrubText';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

const ID_NUMBER = '50010319880101123X';
const PHONE = '13987654321';
const LANDLINE = '023-68881234';
const REPORTER = '刘德明';
const DESCRIPTION = `${REPORTER}来电反映：身份证${ID_NUMBER}，手机${PHONE}，座机${LANDLINE}，${REPORTER}家门口路灯不亮`;

let core: CoreHandle;
let remove: () => void;
let token: string;
let code: string;
let sheets: string[][][];

const call = (method: string, input: unknown, who = token) => core.call(method, input, who);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  const operator = ok<{ token: string }>(await core.call('auth.unlock', { username: 'operator', password: 'streetops' }, null)).token;
  const categories = ok<CategoryNode[]>(await call('case.categories', {}));
  const [lng, lat] = ok<MapBase>(await call('map.base', {})).street.center;
  const reported = ok<CaseReportResult>(
    await call('case.report', { source: 'hotline', categoryId: categories.flatMap((c) => c.children)[0]!.id, lng, lat, description: DESCRIPTION, reporterName: REPORTER, reporterPhone: PHONE }),
  );
  code = reported.code;
  const caseId = reported.caseId;
  for (const step of [
    { action: 'register' },
    { action: 'dispatch', assignee: { kind: 'department', id: 1 } },
    { action: 'accept' },
    { action: 'feedback', note: '已修复', onBehalfOf: { kind: 'person', name: '维修班 赵工' } },
  ])
    ok(await call('case.act', { caseId, ...step }));
  ok(await call('case.act', { caseId, action: 'verifyPass' }, operator));
  ok(await call('case.act', { caseId, action: 'evaluate', satisfaction: 5 }, operator));

  const file = ok<ExportedFile>(await call('ledger.export', { from: TEST_ANCHOR - 86_400_000, to: TEST_ANCHOR + 86_400_000 }));
  const bytes = Buffer.from(file.base64, 'base64');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  sheets = workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((Array.isArray(row.values) ? row.values.slice(1) : []).map(cellText)));
    return rows;
  });
});
afterAll(async () => {
  await core.close();
  remove();
});

describe('ledger free text', () => {
  it("scrubs ID numbers, phones and the reporter's name from the description", () => {
    const sheet = sheets.find((rows) => rows.some((r) => r[0] === code))!;
    const header = sheet[0]!;
    const row = sheet.find((r) => r[0] === code)!;
    const description = row[header.indexOf('问题描述')]!;
    expect(description).toContain('家门口路灯不亮');
    expect(description).not.toContain(ID_NUMBER);
    expect(description).not.toContain(PHONE);
    expect(description).not.toContain('68881234');
    expect(description).not.toContain(REPORTER);
    expect(description).toContain('500103********123X');
    expect(description).toContain('139****4321');
    expect(description).toContain('刘**');
  });

  it('leaves none of them in any cell of any sheet', () => {
    const all = sheets.flat(2).join('\n');
    for (const secret of [ID_NUMBER, PHONE, '68881234', REPORTER]) expect(all).not.toContain(secret);
  });

  it("lists the steps recorded on someone's behalf in a 代录 column", () => {
    const sheet = sheets.find((rows) => rows.some((r) => r[0] === code))!;
    const header = sheet[0]!;
    expect(header.at(-1)).toBe('代录');
    const recorded = sheet.find((r) => r[0] === code)![header.indexOf('代录')]!;
    expect(recorded).toMatch(/^签收：调度员 王敏 代 .+；反馈：调度员 王敏 代 维修班 赵工；评价：值班员 李强 代 居民$/);
  });

  it('scrubs separated and prefixed numbers too, and leaves other digits alone', () => {
    expect(scrubText('电话 139 8765 4321、+86 139-8765-4321，工单号 20261120001')).toBe('电话 139****4321、139****4321，工单号 20261120001');
    expect(scrubText('旧证 500103880101123 ', [])).toBe('旧证 ****** ');
    expect(scrubText('王 反映', ['王'])).toBe('王 反映');
  });
});
