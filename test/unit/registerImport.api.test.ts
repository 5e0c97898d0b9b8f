// The import through the API: the preview and the error workbook come from a worker
// thread as an 'import' job, administrators import for any community and community staff
// for their own, templates are saved and applied, and a file that is no workbook is refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import type { ExportedFile } from '../../src/shared/api';
import type { PushedEvent } from '../../src/shared/events';
import type { ImportCommitResult, ImportPreview, ImportTemplateView } from '../../src/shared/registerImport';
import type { JobProgress, UnlockResult } from '../../src/shared/views';
import { bodyLimitFor } from '../../src/main/serve/bodyLimits';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';
import { messyWorkbook, SHEET_MAIN, type MessyWorkbook } from '../helpers/messyWorkbook';

let core: CoreHandle;
let remove: () => void;
let messy: MessyWorkbook;
const tokens: Record<string, string> = {};
const events: PushedEvent[] = [];

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const db = await openStreetReadonly(copy.dir);
  messy = await messyWorkbook(db, 1);
  db.close();
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  core.subscribe((e) => events.push(e));
  for (const username of ['admin', 'community', 'dispatcher']) tokens[username] = ok<UnlockResult>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core.close();
  remove();
});

const input = (extra: Record<string, unknown> = {}) => ({ register: 'residents', communityId: 1, file: { name: '居民台账.xlsx', base64: messy.bytes.toString('base64') }, ...extra });

describe('register.import.preview', () => {
  it('answers the preview from a worker, reporting progress as an import job', async () => {
    events.length = 0;
    const preview = ok<ImportPreview>(await core.call('register.import.preview', input(), tokens.admin!));
    const expectedNew = messy.expected.filter((e) => e.outcome === 'new').length;
    expect(preview.totals.new).toBe(expectedNew);
    expect(preview.totals.rejected).toBe(messy.expected.filter((e) => e.outcome === 'rejected').length);
    expect(preview.issueCount).toBe(preview.issues.length);
    expect(preview.picks.map((p) => p.key)).toEqual([messy.pick.key]);
    const jobs = events.filter((e) => e.name === 'job.progress').map((e) => e.payload as JobProgress);
    expect(jobs.some((j) => j.kind === 'import' && j.state === 'done')).toBe(true);
  });

  it('lets community staff import for their own community only, and nobody else', async () => {
    ok<ImportPreview>(await core.call('register.import.preview', input(), tokens.community!));
    expect(err(await core.call('register.import.preview', input({ communityId: 2 }), tokens.community!)).code).toBe('unauthorized');
    expect(err(await core.call('register.import.preview', input(), tokens.dispatcher!)).code).toBe('unauthorized');
    expect(err(await core.call('register.import.preview', input({ communityId: 999 }), tokens.admin!)).code).toBe('not_found');
  });

  it('refuses a file that is not a workbook, and a mapping to a field the register lacks', async () => {
    const notXlsx = err(await core.call('register.import.preview', input({ file: { name: 'a.xlsx', base64: Buffer.from('姓名,身份证号').toString('base64') } }), tokens.admin!));
    expect(notXlsx.code).toBe('invalid_input');
    expect(notXlsx.details?.[0]?.reason).toBe('not_xlsx');
    const badField = err(await core.call('register.import.preview', input({ mapping: { 序号: 'shoeSize' } }), tokens.admin!));
    expect(badField).toMatchObject({ code: 'invalid_input', details: [{ path: 'mapping.序号' }] });
  });

  it('allows the method a body for a 22 MiB workbook', () => {
    expect(bodyLimitFor('register.import.preview')).toBe(30 * 1024 * 1024);
    expect(bodyLimitFor('register.import.errors')).toBe(30 * 1024 * 1024);
  });
});

describe('register.import.errors', () => {
  it('returns the rows not written as an .xlsx named after the file', async () => {
    const file = ok<ExportedFile>(await core.call('register.import.errors', input(), tokens.admin!));
    expect(file.fileName).toBe('居民台账_错误行.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const main = wb.getWorksheet(SHEET_MAIN)!;
    expect(main.getRow(1).getCell(main.columnCount).value).toBe('错误原因');
  });
});

describe('import templates', () => {
  it('saves a corrected mapping by name and applies it to the next preview', async () => {
    // 序号 is not a register column; map 备注 away and 序号 to it, as a user correcting the mapping would.
    const saved = ok<ImportTemplateView>(await core.call('register.import.saveTemplate', { register: 'residents', name: '杨家坪社区', mapping: { 备注: 'ignore', 序号: 'note' } }, tokens.community!));
    expect(saved).toMatchObject({ name: '杨家坪社区', updatedAt: TEST_ANCHOR });
    expect(ok<ImportTemplateView[]>(await core.call('register.import.templates', { register: 'residents' }, tokens.admin!)).map((t) => t.name)).toEqual(['杨家坪社区']);
    const preview = ok<ImportPreview>(await core.call('register.import.preview', input({ template: '杨家坪社区' }), tokens.admin!));
    const columns = preview.sheets.find((s) => s.sheet === SHEET_MAIN)!.columns;
    expect(columns.find((c) => c.column === 'A')).toMatchObject({ label: '序号', field: 'note', source: 'template' });
    expect(columns.find((c) => c.column === 'L')).toMatchObject({ label: '备注', field: null, source: 'template' });
    // The user's own correction wins over the template's.
    const corrected = ok<ImportPreview>(await core.call('register.import.preview', input({ template: '杨家坪社区', mapping: { 序号: 'ignore' } }), tokens.admin!));
    expect(corrected.sheets.find((s) => s.sheet === SHEET_MAIN)!.columns.find((c) => c.column === 'A')).toMatchObject({ field: null, source: 'user' });
    expect(err(await core.call('register.import.preview', input({ template: '没有这个' }), tokens.admin!)).code).toBe('not_found');
    expect(err(await core.call('register.import.saveTemplate', { register: 'residents', name: 'x', mapping: { 序号: 'nope' } }, tokens.admin!)).code).toBe('invalid_input');
    expect(err(await core.call('register.import.templates', { register: 'residents' }, tokens.dispatcher!)).code).toBe('unauthorized');
  });
});

describe('register.import.commit', () => {
  it('writes the previewed plan from a worker thread, refuses a stale digest, and tells the windows', async () => {
    const preview = ok<ImportPreview>(await core.call('register.import.preview', input(), tokens.admin!));
    expect(err(await core.call('register.import.commit', input({ communityId: 2, digest: preview.digest }), tokens.community!)).code).toBe('unauthorized');
    expect(err(await core.call('register.import.commit', input({ digest: 'f'.repeat(64) }), tokens.admin!))).toMatchObject({ code: 'conflict', details: [{ reason: 'stale_preview' }] });
    events.length = 0;
    const done = ok<ImportCommitResult>(await core.call('register.import.commit', input({ digest: preview.digest }), tokens.community!));
    expect(done).toMatchObject({ added: preview.totals.new, updated: preview.totals.updated, unchanged: preview.totals.unchanged });
    expect(done.buildingIds.length).toBeGreaterThan(0);
    const jobs = events.filter((e) => e.name === 'job.progress').map((e) => e.payload as JobProgress);
    expect(jobs.some((j) => j.kind === 'import' && j.state === 'done')).toBe(true);
    expect(events.find((e) => e.name === 'register.changed')?.payload).toMatchObject({ action: 'import', buildingIds: done.buildingIds });
    // The query thread's connection sees the rows at once.
    const after = ok<ImportPreview>(await core.call('register.import.preview', input(), tokens.admin!));
    expect(after.totals.new).toBe(0);
    expect(after.totals.unchanged).toBe(preview.totals.new + preview.totals.updated + preview.totals.unchanged);
  });
});
