// Tenant editing end to end in Chromium: an administrator opens a tenant from a search, edits
// its employees and credit grade, marks it 歇业 on a day, and 变更记录 names them for both.
import { expect, test } from '@playwright/test';
import type { OverlayPayload, TenantDetail } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

test('an administrator edits a tenant and marks it 歇业; the drawer and 变更记录 show both', async ({ page }) => {
  // Unlock, map and two writes on a 2-core machine shared with other runs.
  test.setTimeout(420_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);
  const adminName = ((await page.getByTestId('current-user').locator('[data-field]').textContent()) ?? '').trim();
  const overlay = await apiCall<OverlayPayload<'tenants'>>(page, 'map.overlay', { kind: 'tenants' });
  const id = overlay.features.features[0]!.properties.id;
  const tenant = await apiCall<TenantDetail>(page, 'tenant.detail', { id });

  await page.getByTestId('search-input').fill(tenant.name);
  await page.locator('[data-testid="search-result"][data-kind="tenant"]', { hasText: tenant.name }).first().click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-id', String(id));
  await expect(drawer.getByTestId('tenant-status')).toHaveAttribute('data-status', 'open');

  await drawer.getByTestId('tenant-edit').click();
  const form = page.getByTestId('tenant-edit-form');
  await form.getByTestId('tenant-employees').fill(String(tenant.employees + 3));
  const grade = tenant.creditGrade === 'A' ? /^B/ : /^A/;
  await chooseOption(page, 'tenant-grade', grade);
  await form.getByTestId('tenant-grade-note').fill('年度复核');
  await screenshot(page, 'tenant-01-edit-form');
  await form.getByTestId('tenant-save').click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  const after = await apiCall<TenantDetail>(page, 'tenant.detail', { id });
  expect(after.employees).toBe(tenant.employees + 3);
  expect(after.creditGrade).not.toBe(tenant.creditGrade);

  await drawer.getByTestId('tenant-status-open').click();
  const statusForm = page.getByTestId('tenant-status-form');
  await statusForm.getByTestId('tenant-status-save').click();
  await expect(statusForm).toBeHidden({ timeout: 30_000 });
  await expect(drawer.getByTestId('tenant-status')).toHaveAttribute('data-status', 'suspended', { timeout: 30_000 });

  await drawer.getByTestId('tab-history').click();
  const edit = drawer.locator('[data-testid="history-change"][data-action="update"]').first();
  await expect(edit).toContainText(adminName);
  await expect(edit.locator('[data-testid="history-field"][data-field="employees"]')).toContainText(`${tenant.employees} → ${tenant.employees + 3}`);
  await expect(drawer.getByTestId('history-status').first()).toContainText('歇业');
  await screenshot(page, 'tenant-02-history');
});
