// 关爱走访 and the notification centre end to end in Chromium: the dispatcher's bell carries the
// deadline warning the chase sent for a case in its yellow window; a community worker opens
// 关爱走访, records a grid worker's overdue visit, and the resident leaves the overdue queue.
// Screenshots at 1920×1080.
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openUnlockScreen, screenshot, unlock } from './driver';

const SHOTS = process.env.CARE_SHOTS ?? '/tmp/shots-h3';
mkdirSync(SHOTS, { recursive: true });

test('the bell shows a deadline warning; a recorded visit leaves the overdue queue', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlockScreen(page);
  await unlock(page, 'dispatcher', 'streetops');

  // The chase warned the desk about a case in its yellow window (the demo's last day).
  const count = page.getByTestId('notification-count');
  await expect(count).not.toHaveAttribute('data-count', '0', { timeout: 30_000 });
  await page.getByTestId('notification-bell').click();
  const warning = page.locator('[data-testid="notification-item"][data-kind="deadline.warning"]').first();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('到期');
  await page.screenshot({ path: `${SHOTS}/care-01-bell.png` });
  await screenshot(page, 'care-01-bell');
  const before = Number(await count.getAttribute('data-count'));
  await warning.click();
  await expect(count).toHaveAttribute('data-count', String(before - 1), { timeout: 10_000 });

  // A community worker records an overdue 网格员 visit.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const worker = await context.newPage();
  await openUnlockScreen(worker);
  await unlock(worker, 'community', 'streetops');
  await worker.getByTestId('mode-care').click();
  await expect(worker.getByTestId('care-workspace')).toBeVisible();
  const row = worker.locator('[data-testid="care-overdue-row"][data-visitor="grid_worker"]').first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await worker.screenshot({ path: `${SHOTS}/care-02-queue.png` });
  await screenshot(worker, 'care-02-queue');
  const resident = await row.getAttribute('data-resident');
  await row.getByTestId('care-record').click();
  await expect(worker.getByTestId('visit-findings')).toBeVisible();
  await worker.getByTestId('visit-findings').fill('入户走访，老人身体状况良好，药品充足');
  await worker.screenshot({ path: `${SHOTS}/care-03-form.png` });
  await worker.getByTestId('visit-save').click();
  await expect(worker.getByTestId('care-saved')).toBeVisible({ timeout: 15_000 });
  await expect(worker.locator(`[data-testid="care-overdue-row"][data-visitor="grid_worker"][data-resident="${resident}"]`)).toHaveCount(0, { timeout: 15_000 });
  await worker.screenshot({ path: `${SHOTS}/care-04-recorded.png` });
  await screenshot(worker, 'care-04-recorded');
  await context.close();
});
