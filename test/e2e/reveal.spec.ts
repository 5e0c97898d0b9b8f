// 查看完整信息 in the drawer: an administrator sees a building's residents masked, asks for
// one resident in full with a reason, and gets the record; the leader's search finds no persons.
import { expect, test } from '@playwright/test';
import { openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

test('an administrator unmasks one resident with a reason; the leader finds no persons', async ({ page }) => {
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);

  // A resident hit shows a masked name and opens the building.
  await page.getByTestId('search-input').fill('王');
  const hit = page.locator('[data-testid="search-result"][data-kind="resident"]').first();
  await expect(hit).toContainText('*');
  await hit.click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-loaded', 'true');
  const resident = drawer.getByTestId('resident').first();
  await expect(resident.locator('td').first()).toContainText('*');

  await resident.getByTestId('reveal-open').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('reveal-submit')).toBeDisabled();
  await dialog.getByTestId('reveal-reason').fill('入户走访核实');
  await dialog.getByTestId('reveal-submit').click();
  const result = dialog.getByTestId('reveal-result');
  await expect(result).toBeVisible();
  await expect(result).not.toContainText('*');
  await expect(result).toContainText(/\d{17}[\dX]/);
  await screenshot(page, 'reveal-01-admin-full-record');
  await page.keyboard.press('Escape');

  // The leader, in a tab of its own: no person hits in search at all.
  const leader = await page.context().newPage();
  await openUnlockScreen(leader);
  await unlock(leader, 'leader', 'streetops');
  await expect(leader.getByTestId('search-input')).toBeVisible({ timeout: 60_000 });
  await leader.getByTestId('search-input').fill('王');
  await expect(leader.getByTestId('search-results')).toBeVisible();
  await expect(leader.locator('[data-testid="search-result"][data-kind="resident"]')).toHaveCount(0);
});
