// The spine, end to end in Chromium against the browser shell: unlock, the grid map,
// every overlay, a building's households, and a resident found by search.
import { expect, test } from '@playwright/test';
import {
  findHomeBuilding,
  flyTo,
  layerVisible,
  mapCenter,
  metresBetween,
  openUnlockScreen,
  renderedCount,
  screenshot,
  sourceCount,
  toggleOverlay,
  unlock,
  waitForMapIdle,
} from './driver';

/** Overlay → a layer that shows it. */
const OVERLAY_LAYERS: Record<string, string> = {
  buildings: 'building-fill',
  households: 'households-heat',
  partyOrgs: 'party-orgs-circle',
  tenants: 'tenants-point',
  cases: 'cases-circle',
  facilities: 'facilities-badge',
};

test('a dispatcher unlocks the street, reads the map, opens a building and finds a resident', async ({ page }) => {
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
  for (const [kind, layer] of Object.entries(OVERLAY_LAYERS)) {
    const before = await layerVisible(page, layer);
    await toggleOverlay(page, kind);
    expect(await layerVisible(page, layer), `${kind} after one toggle`).toBe(!before);
    if (!before) expect(await renderedCount(page, [layer]), `${kind} draws features`).toBeGreaterThan(0);
    await toggleOverlay(page, kind);
    expect(await layerVisible(page, layer), `${kind} after two toggles`).toBe(before);
  }
  for (const kind of ['households', 'partyOrgs', 'tenants', 'facilities']) await toggleOverlay(page, kind);
  await screenshot(page, '03-all-overlays');
  for (const kind of ['households', 'partyOrgs', 'tenants', 'facilities']) await toggleOverlay(page, kind);

  // Click a building: its households and their members appear in the drawer.
  const center = await mapCenter(page);
  await flyTo(page, center, 17);
  const building = await findHomeBuilding(page);
  await page.mouse.click(building.x, building.y);
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toBeVisible();
  await expect(page.getByTestId('detail-title')).toHaveText(building.name);
  await expect(drawer.getByTestId('household').first()).toBeVisible();
  expect(await drawer.getByTestId('resident').count()).toBeGreaterThan(0);
  await screenshot(page, '04-building-drawer');
  const residentName = (await drawer.getByTestId('resident').first().locator('td').first().innerText()).trim();
  const address = (await drawer.getByTestId('building-address').innerText()).replace(/^\S+\s+/, '').trim();
  expect(residentName.length).toBeGreaterThan(1);
  await page.getByTestId('detail-close').click();

  // Search that resident from far away: the map lands on their building.
  await flyTo(page, center, 13);
  await page.getByTestId('search-input').fill(residentName);
  // Names repeat in a street of 200,000: take the hit whose address is this building's.
  const hit = page.locator('[data-testid="search-result"][data-kind="resident"]', { hasText: address }).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.getByTestId('detail-title')).toHaveText(building.name);
  await waitForMapIdle(page);
  expect(metresBetween(await mapCenter(page), building.center)).toBeLessThan(60);
  await screenshot(page, '05-search-resident');
});
