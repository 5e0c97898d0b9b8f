// The spine, end to end in Chromium against the browser shell: unlock, the grid map,
// every overlay, a building's households, and a resident found by search. A dispatcher
// sees a building's counts only; the households and their (masked) members are the
// administrator's, who unmasks one resident with a reason (查看完整信息) and searches them.
import { expect, test, type Page } from '@playwright/test';
import {
  findHomeBuilding,
  flyTo,
  layerVisible,
  mapCenter,
  pagePixelOf,
  openUnlockScreen,
  renderedCount,
  screenshot,
  sourceCount,
  toggleOverlay,
  unlock,
  waitForMapIdle,
} from './driver';

/** Overlay → its layers (the first one's visibility stands for the overlay). */
const OVERLAY_LAYERS: Record<string, string[]> = {
  buildings: ['building-fill'],
  households: ['households-heat', 'households-circle'],
  partyOrgs: ['party-orgs-circle'],
  tenants: ['tenants-cluster', 'tenants-point'],
  cases: ['cases-circle'],
  facilities: ['facilities-badge'],
};

/** 查看完整信息 on the drawer's first resident, with a reason: answers the full name and home address. */
async function revealFirstResident(page: Page): Promise<{ name: string; address: string }> {
  const resident = page.getByTestId('detail-drawer').getByTestId('resident').first();
  await resident.getByTestId('reveal-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reveal-reason').fill('入户走访核实');
  await dialog.getByTestId('reveal-submit').click();
  const result = dialog.getByTestId('reveal-result');
  await expect(result).toBeVisible();
  // Rows: 姓名, 电话, 身份证号, 住址, … — the value is the second cell.
  const value = async (row: number) => (await result.locator('tr').nth(row).locator('td').nth(1).innerText()).trim();
  const rows = await result.locator('tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent?.trim() ?? ''));
  const name = await value(0);
  const address = await value(rows.findIndex((label) => label === '住址'));
  await page.keyboard.press('Escape');
  await expect(result).toHaveCount(0);
  return { name, address };
}

test('a dispatcher unlocks the street, reads the map and a building’s counts; an administrator opens its households and finds a resident', async ({ page }) => {
  // Two signed-in windows and a dozen map redraws: 56 s on a quiet machine, 2.1 min on a loaded CI one.
  test.setTimeout(300_000);
  await openUnlockScreen(page);
  await screenshot(page, '01-unlock');

  // A wrong password is refused with a clear message.
  await unlock(page, 'dispatcher', 'wrong-password');
  await expect(page.getByTestId('unlock-error')).toContainText('密码');
  await unlock(page, 'dispatcher', 'streetops');

  // The console: the grid map with its communities and grids.
  await waitForMapIdle(page);
  await expect(page.getByTestId('street-summary')).toBeVisible();
  expect(await sourceCount(page, 'grids')).toBeGreaterThan(0);
  expect(await renderedCount(page, ['grid-fill'])).toBeGreaterThan(0);
  expect(await renderedCount(page, ['community-label'])).toBeGreaterThan(0);
  await screenshot(page, '02-console');

  // Every overlay toggles on and off.
  for (const [kind, layers] of Object.entries(OVERLAY_LAYERS)) {
    const before = await layerVisible(page, layers[0]!);
    await toggleOverlay(page, kind);
    expect(await layerVisible(page, layers[0]!), `${kind} after one toggle`).toBe(!before);
    if (!before) expect(await renderedCount(page, layers), `${kind} draws features`).toBeGreaterThan(0);
    await toggleOverlay(page, kind);
    expect(await layerVisible(page, layers[0]!), `${kind} after two toggles`).toBe(before);
    if (before) expect(await renderedCount(page, layers), `${kind} draws again`).toBeGreaterThan(0);
  }
  for (const kind of ['households', 'partyOrgs', 'tenants', 'facilities']) await toggleOverlay(page, kind);
  await screenshot(page, '03-all-overlays');
  for (const kind of ['households', 'partyOrgs', 'tenants', 'facilities']) await toggleOverlay(page, kind);

  // Click a building: a dispatcher gets its household count, not the list of households.
  const center = await mapCenter(page);
  await flyTo(page, center, 17);
  const building = await findHomeBuilding(page);
  await page.mouse.click(building.x, building.y);
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toBeVisible();
  await expect(page.getByTestId('detail-title')).toHaveText(building.name);
  await expect(drawer.getByTestId('households-hidden')).toBeVisible();
  const households = (await drawer.getByTestId('building-households-value').innerText()).replace(/\D/g, '');
  expect(Number(households)).toBeGreaterThan(0);
  await expect(drawer.getByTestId('households-hidden')).toContainText(households);
  await expect(drawer.getByTestId('household')).toHaveCount(0);
  await expect(drawer.getByTestId('resident')).toHaveCount(0);
  await page.getByTestId('detail-close').click();

  // The administrator, in a tab of its own: the same building's households and their members, masked.
  const admin = await page.context().newPage();
  await openUnlockScreen(admin);
  await unlock(admin, 'admin', 'streetops');
  await waitForMapIdle(admin);
  await flyTo(admin, building.center, 17);
  const at = await pagePixelOf(admin, building.center);
  await admin.mouse.click(at.x, at.y);
  const adminDrawer = admin.getByTestId('detail-drawer');
  await expect(adminDrawer).toBeVisible();
  await expect(admin.getByTestId('detail-title')).toHaveText(building.name);
  await expect(adminDrawer.getByTestId('household').first()).toBeVisible();
  await expect(adminDrawer.getByTestId('household')).toHaveCount(Number(households));
  expect(await adminDrawer.getByTestId('resident').count()).toBeGreaterThan(0);
  const masked = (await adminDrawer.getByTestId('resident').first().locator('td').first().innerText()).trim();
  expect(masked).toMatch(/^\S\*+$/);
  await screenshot(admin, '04-building-drawer');
  // 查看完整信息 with a reason: the resident's full name and home address.
  const resident = await revealFirstResident(admin);
  expect(Array.from(resident.name).length).toBeGreaterThan(1);
  expect(resident.name).not.toContain('*');
  expect(resident.name.startsWith(masked.replace(/\*+$/, ''))).toBe(true);
  const address = (await adminDrawer.getByTestId('building-address-value').innerText()).trim();
  expect(resident.address.startsWith(address) && resident.address.length > address.length, `${resident.address}: a home in ${address}`).toBe(true);
  await admin.getByTestId('detail-close').click();

  // Search that resident from far away: the map lands on their building.
  await flyTo(admin, center, 13);
  await admin.getByTestId('search-input').fill(resident.name);
  // Names repeat in a street of 200,000: take the hit whose address is this resident's home.
  const hit = admin.locator('[data-testid="search-result"][data-kind="resident"]', { hasText: resident.address }).first();
  await expect(hit).toBeVisible();
  await expect(hit).toContainText(masked);
  await hit.click();
  await expect(admin.getByTestId('detail-title')).toHaveText(building.name);
  await waitForMapIdle(admin);
  // The building is in view, zoomed in, and not hidden under the drawer.
  const landed = await pagePixelOf(admin, building.center);
  const drawerBox = (await adminDrawer.boundingBox())!;
  const mapBox = (await admin.getByTestId('map').boundingBox())!;
  expect(landed.zoom).toBeGreaterThanOrEqual(16);
  expect(landed.x).toBeGreaterThan(mapBox.x);
  expect(landed.x).toBeLessThan(drawerBox.x);
  expect(landed.y).toBeGreaterThan(mapBox.y);
  expect(landed.y).toBeLessThan(mapBox.y + mapBox.height);
  await screenshot(admin, '05-search-resident');
});
