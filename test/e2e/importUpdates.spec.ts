// The import preview lists the rows it will update with the fields each changes, in words:
// a grid's residents register exported, one member's 与户主关系 edited, imported back.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../src/shared/api';
import type { MapBase } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

test('an edited export previews as one update naming the field it changes', async ({ page }) => {
  test.setTimeout(300_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);
  const base = await apiCall<MapBase>(page, 'map.base', {});
  const grid = base.grids.features.find((g) => g.properties.households > 0)!.properties;
  const file = await apiCall<ExportedFile>(page, 'register.export', { register: 'residents', communityId: grid.communityId, gridId: grid.id });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[0]!;
  // A household member (heads come first in a household), not a head: their relation becomes 其他.
  let member = 3;
  while (['户主', '其他'].includes(String(sheet.getRow(member).getCell(6).value))) member++;
  sheet.getRow(member).getCell(6).value = '其他';
  const edited = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByTestId('import-open').click();
  const modal = page.getByTestId('import-modal');
  await chooseOption(page, 'import-community', grid.communityName);
  await modal.locator('input[type="file"]').setInputFiles({ name: file.fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edited });
  await page.getByTestId('import-preview').click();
  await expect(modal.getByTestId('import-preview-result')).toBeVisible({ timeout: 60_000 });
  await expect(modal.getByTestId('import-total-updated')).toHaveAttribute('data-value', '1');
  const update = modal.getByTestId('import-update');
  await expect(update).toHaveCount(1);
  await expect(update).toHaveAttribute('data-row', String(member));
  await expect(update).toContainText('与户主关系');
  await update.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-updates-01-preview');
});
