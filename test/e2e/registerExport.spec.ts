// 导出台账 end to end in Chromium: an administrator exports one grid's residents register,
// the file has the columns the import reads (masked as the administrator sees residents),
// and importing it straight back previews as all unchanged.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { MapBase } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

test('export a grid’s residents register, then import it back: nothing changes', async ({ page }) => {
  test.setTimeout(300_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);
  const base = await apiCall<MapBase>(page, 'map.base', {});
  const grid = base.grids.features.find((g) => g.properties.households > 0)!.properties;

  await page.getByTestId('export-open').click();
  const modal = page.getByTestId('export-modal');
  await expect(modal.getByTestId('export-register')).toHaveValue('居民台账（含户）');
  await chooseOption(page, 'export-community', grid.communityName);
  await chooseOption(page, 'export-grid', grid.name);
  await screenshot(page, 'register-export-01-modal');
  const downloading = page.waitForEvent('download');
  await modal.getByTestId('export-run').click();
  const download = await downloading;
  await expect(modal.getByTestId('export-done')).toBeVisible();
  // Named after the register and the grid (whose name already carries its community's), dated by the server's day.
  expect(download.suggestedFilename()).toMatch(new RegExp(`^居民台账_${grid.name}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const bytes = await readFile((await download.path())!);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[0]!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['姓名', '公民身份号码', '性别', '出生日期', '联系电话', '与户主关系', '住址']);
  const residents = sheet.rowCount - 1;
  expect(residents).toBeGreaterThan(0);
  expect(String(sheet.getRow(2).getCell(2).value)).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  await modal.getByTestId('export-close').click();

  await page.getByTestId('import-open').click();
  const importModal = page.getByTestId('import-modal');
  await chooseOption(page, 'import-community', grid.communityName);
  await importModal.locator('input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await page.getByTestId('import-preview').click();
  await expect(importModal.getByTestId('import-preview-result')).toBeVisible({ timeout: 60_000 });
  await expect(importModal.getByTestId('import-total-unchanged')).toHaveAttribute('data-value', String(residents));
  await expect(importModal.getByTestId('import-total-new')).toHaveAttribute('data-value', '0');
  await expect(importModal.getByTestId('import-total-updated')).toHaveAttribute('data-value', '0');
  await expect(importModal.getByTestId('import-total-rejected')).toHaveAttribute('data-value', '0');
  await screenshot(page, 'register-export-02-import-back');
});
