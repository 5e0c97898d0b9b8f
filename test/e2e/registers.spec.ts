// Registers end to end in Chromium: an administrator imports a community's residents
// register with bad rows, reads the preview, downloads the error workbook (原列 + 错误原因),
// fixes the rows in it and imports it again; edits a resident's phone in the building drawer
// (a mistyped ID number is refused under its field first); appoints a 楼栋长; the 变更记录
// tab shows who did each.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { idNumberCheckChar } from '../../src/main/core/validation/idNumber';
import type { BuildingDetail } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

const HEADER = ['序号', '姓名', '身份证号', '性别', '出生日期', '联系电话', '与户主关系', '地址'];

/** A valid 18-digit number (GB 11643) for a birth date and sex, from a sequence unlikely to be taken. */
function idFor(birth: string, seq: number): string {
  const first17 = `500107${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function breakCheck(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, 17) + (last === '1' ? '2' : '1');
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('居民信息');
  ws.addRow(['某某社区居民信息登记表']);
  ws.mergeCells('A1:H1');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-modal').locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.getByTestId('import-file')).toContainText(name);
}

test('import with bad rows, fix them from the error workbook; edit a phone; appoint a 楼栋长; the history says who', async ({ page }) => {
  // Two imports, two previews and three writes on a 2-core machine shared with other runs.
  test.setTimeout(420_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);
  const adminName = ((await page.getByTestId('current-user').locator('[data-field]').textContent()) ?? '').trim();
  expect(adminName.length).toBeGreaterThan(0);

  // A building with households, opened from a resident search hit.
  await page.getByTestId('search-input').fill('王');
  await page.locator('[data-testid="search-result"][data-kind="resident"]').first().click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-loaded', 'true');
  const buildingId = Number(await drawer.getAttribute('data-id'));
  const building = await apiCall<BuildingDetail>(page, 'building.detail', { id: buildingId });
  const home = building.households.find((h) => h.members.length > 0)!;

  // --- Import: one good row, three bad ones.
  const good = idFor('20030206', 971);
  const fixedA = idFor('20030207', 973);
  const fixedB = idFor('20030208', 982);
  const fixedC = idFor('20030209', 984);
  const first = await workbook([
    [1, '周新一', good, '男', '2003-02-06', '13800001111', '子女', home.address],
    [2, '周新二', breakCheck(fixedA), '男', '2003-02-07', '13800001112', '子女', home.address],
    [3, '周新三', fixedB, '女', '2003-02-08', '12345', '子女', home.address],
    [4, '周新四', fixedC, '女', '2003-02-09', '13800001114', '子女', '火星路999号'],
  ]);
  await page.getByTestId('import-open').click();
  const modal = page.getByTestId('import-modal');
  await chooseOption(page, 'import-community', building.grid.communityName);
  await chooseFile(page, '居民台账.xlsx', first);
  await page.getByTestId('import-preview').click();
  await expect(modal.getByTestId('import-preview-result')).toBeVisible({ timeout: 60_000 });
  await expect(modal.getByTestId('import-total-new')).toHaveAttribute('data-value', '1');
  await expect(modal.getByTestId('import-total-rejected')).toHaveAttribute('data-value', '3');
  const issues = modal.getByTestId('import-issue');
  await expect(issues).toHaveCount(3);
  await expect(modal.locator('[data-testid="import-issue"][data-row="4"]')).toHaveAttribute('data-reason', 'id_checksum');
  await expect(modal.locator('[data-testid="import-issue"][data-row="5"]')).toHaveAttribute('data-reason', 'phone_invalid');
  await expect(modal.locator('[data-testid="import-issue"][data-row="6"]')).toContainText('火星路999号');
  await screenshot(page, 'registers-01-import-preview');

  // The error workbook: the rejected rows with their original columns and 错误原因.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('import-download-errors').click();
  const download = await downloading;
  const errorsPath = await download.path();
  const errors = new ExcelJS.Workbook();
  const bytes = await readFile(errorsPath);
  await errors.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = errors.worksheets.find((ws) => ws.state === 'visible')!;
  let headerRow = 0;
  const col: Record<string, number> = {};
  sheet.eachRow((row, n) => {
    if (headerRow) return;
    row.eachCell((cell) => {
      if (String(cell.value) === '错误原因') headerRow = n;
    });
    if (headerRow) row.eachCell((cell, c) => (col[String(cell.value)] = c));
  });
  expect(headerRow).toBeGreaterThan(0);
  expect(col['错误原因']).toBeDefined();
  const dataRows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > headerRow && row.getCell(col['姓名']!).value) dataRows.push(row);
  });
  expect(dataRows).toHaveLength(3);

  // The import writes the good row now.
  await page.getByTestId('import-commit').click();
  await expect(modal.getByTestId('import-result')).toHaveAttribute('data-added', '1', { timeout: 60_000 });

  // Fix the three rows in the error workbook and import it again.
  const fixes: Record<string, { id: string; phone: string; address: string }> = {
    周新二: { id: fixedA, phone: '13800001112', address: home.address },
    周新三: { id: fixedB, phone: '13800001113', address: home.address },
    周新四: { id: fixedC, phone: '13800001114', address: home.address },
  };
  for (const row of dataRows) {
    const fix = fixes[String(row.getCell(col['姓名']!).value)]!;
    row.getCell(col['身份证号']!).value = fix.id;
    row.getCell(col['联系电话']!).value = fix.phone;
    row.getCell(col['地址']!).value = fix.address;
  }
  const fixed = Buffer.from(await errors.xlsx.writeBuffer());
  await chooseFile(page, '居民台账_已改正.xlsx', fixed);
  await page.getByTestId('import-preview').click();
  await expect(modal.getByTestId('import-total-new')).toHaveAttribute('data-value', '3', { timeout: 60_000 });
  await expect(modal.getByTestId('import-total-rejected')).toHaveAttribute('data-value', '0');
  await expect(modal.getByTestId('import-no-issues')).toBeVisible();
  await page.getByTestId('import-commit').click();
  await expect(modal.getByTestId('import-result')).toHaveAttribute('data-added', '3', { timeout: 60_000 });
  await page.getByTestId('import-close').click();

  // The drawer reloaded on register.changed: the household has its four new members.
  await expect(drawer.getByTestId('resident')).toHaveCount(building.households.reduce((n, h) => n + h.members.length, 0) + 4);

  // --- Edit a resident's phone; a mistyped ID number is refused under its own field first.
  const resident = drawer.getByTestId('resident').first();
  await resident.getByTestId('resident-edit').click();
  const form = page.getByTestId('resident-form');
  await form.getByTestId('resident-phone').fill('139 1234 5678');
  await form.getByTestId('resident-id-number').fill(breakCheck(good));
  await form.getByTestId('resident-save').click();
  await expect(form.getByText(/GB 11643/)).toBeVisible();
  await screenshot(page, 'registers-02-drawer-edit-form');
  await form.getByTestId('resident-id-number').fill('');
  await form.getByTestId('resident-save').click();
  await expect(form).toBeHidden();

  // --- Appoint a 楼栋长.
  await drawer.getByTestId('building-head-appoint').click();
  const headForm = page.getByTestId('building-head-form');
  await headForm.getByTestId('head-name').fill('赵楼长');
  await headForm.getByTestId('head-phone').fill('13700001234');
  await headForm.getByTestId('head-save').click();
  await expect(headForm).toBeHidden();
  await expect(drawer.getByTestId('building-head-name')).toContainText('赵楼长');

  // --- 变更记录: the head's post and the edited resident, each by the administrator.
  await drawer.getByTestId('tab-history').click();
  await chooseOption(page, 'history-record', /赵楼长/);
  // The building may have had a head already: then the post was handed over (replace).
  const appointed = drawer.getByTestId('history-change').first();
  await expect(appointed).toHaveAttribute('data-action', /^(assign|replace)$/);
  await expect(appointed).toContainText(adminName);
  await expect(appointed).toContainText('赵楼长');
  await chooseOption(page, 'history-record', /·/);
  const edit = drawer.locator('[data-testid="history-change"][data-action="update"]').first();
  await expect(edit).toContainText(adminName);
  await expect(edit.locator('[data-testid="history-field"][data-field="phone"]')).toBeVisible();
  await screenshot(page, 'registers-03-history');
});
