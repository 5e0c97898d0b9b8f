// The spine, end to end in Chromium against the browser shell: unlock, the grid map,
// every overlay, a building's households, and a resident found by search.
import { expect, test } from '@playwright/test';
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
  const address = (await drawer.getByTestId('building-address-value').innerText()).trim();
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
  // The building is in view, zoomed in, and not hidden under the drawer.
  const landed = await pagePixelOf(page, building.center);
  const drawerBox = (await drawer.boundingBox())!;
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  expect(landed.zoom).toBeGreaterThanOrEqual(16);
  expect(landed.x).toBeGreaterThan(mapBox.x);
  expect(landed.x).toBeLessThan(drawerBox.x);
  expect(landed.y).toBeGreaterThan(mapBox.y);
  expect(landed.y).toBeLessThan(mapBox.y + mapBox.height);
  await screenshot(page, '05-search-resident');
});
