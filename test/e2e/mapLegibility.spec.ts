// The map is sharp once idle (it loads at half resolution).
// The map reads clearly with several things on it: tenant cluster counts stay on top of
// case markers and clusters look unlike single tenants (map and legend); the hover card
// keeps off the grid names; a grid thematic map fades building fills and case markers and
// the panel says so. Screenshots at 1920×1080: map-tenants-cases, map-thematic-muted.
import { expect, test, type Page } from '@playwright/test';
import { openUnlockScreen, renderedCount, screenshot, toggleOverlay, unlock, waitForMapIdle } from './driver';

function styleLayerIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__streetopsMap!.map.getStyle().layers.map((l) => l.id));
}

function paint(page: Page, layer: string, property: string): Promise<unknown> {
  return page.evaluate(([l, p]) => window.__streetopsMap!.map.getPaintProperty(l, p as 'fill-opacity'), [layer, property] as const);
}

test('tenant clusters over cases, the hover card off grid names, a thematic map with the competing layers faded', async ({ page }) => {
  test.setTimeout(240_000);
  await openUnlockScreen(page);
  await unlock(page, 'leader', 'streetops');
  await waitForMapIdle(page);
  // Drawn at half resolution while the data came (MapView LOADING_RESOLUTION); idle means sharp.
  const sharp = await page.evaluate(() => {
    const canvas = window.__streetopsMap!.map.getCanvas();
    return { canvas: [canvas.width, canvas.height], css: [Math.round(canvas.clientWidth * devicePixelRatio), Math.round(canvas.clientHeight * devicePixelRatio)] };
  });
  expect(sharp.canvas).toEqual(sharp.css);

  // Tenants and cases together: counts above the markers, clusters as count badges.
  await toggleOverlay(page, 'tenants');
  expect(await renderedCount(page, ['tenants-cluster'])).toBeGreaterThan(0);
  expect(await renderedCount(page, ['cases-circle'])).toBeGreaterThan(0);
  const ids = await styleLayerIds(page);
  expect(ids.indexOf('tenants-cluster-count')).toBeGreaterThan(ids.indexOf('cases-circle'));
  expect(await paint(page, 'tenants-cluster', 'circle-color')).not.toEqual(await paint(page, 'tenants-point', 'circle-color'));
  // The legend draws a cluster as the map does: a badge with a number, not a plain dot.
  await expect(page.getByTestId('legend-tenants').locator('svg text')).toHaveCount(2);
  await screenshot(page, 'map-tenants-cases');

  // The hover card: pointed just above-left of a grid's name, it goes where the name is not.
  const label = await page.evaluate(() => {
    const map = window.__streetopsMap!.map;
    const box = map.getCanvas().getBoundingClientRect();
    const f = map.queryRenderedFeatures({ layers: ['grid-label'] })[0] ?? map.queryRenderedFeatures({ layers: ['community-label'] })[0];
    if (!f) return null;
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    return { x: box.left + p.x, y: box.top + p.y };
  });
  expect(label, 'a grid or community name is drawn').not.toBeNull();
  await page.mouse.move(label!.x - 30, label!.y - 20);
  await page.mouse.move(label!.x - 28, label!.y - 18);
  const card = page.getByTestId('map-tooltip');
  await expect(card).toBeVisible();
  const r = (await card.boundingBox())!;
  const covers = label!.x >= r.x && label!.x <= r.x + r.width && label!.y >= r.y && label!.y <= r.y + r.height;
  expect(covers, `the card ${JSON.stringify(r)} covers the name at ${JSON.stringify(label)}`).toBe(false);
  await page.mouse.move(5, 500);

  // A grid thematic map: buildings and cases fade, and the panel says so.
  const buildingOpacity = await paint(page, 'building-fill', 'fill-opacity');
  await page.getByTestId('thematic-metric').click();
  await page.getByRole('option', { name: '住户数', exact: true }).click();
  await waitForMapIdle(page);
  await expect(page.getByTestId('thematic-muted-note')).toBeVisible();
  expect(await paint(page, 'cases-circle', 'circle-opacity')).toBeLessThan(0.5);
  expect(JSON.stringify(await paint(page, 'building-fill', 'fill-opacity'))).not.toEqual(JSON.stringify(buildingOpacity));
  await page.getByTestId('thematic-legend').scrollIntoViewIfNeeded();
  await screenshot(page, 'map-thematic-muted');
});
