// The offline basemap end to end in Chromium: an administrator sets a PMTiles file made by
// the test fixture (a file that is not one is refused in words first); the console map
// draws its roads, water, parks and Chinese place names under the grids, tiles read from
// the core; the viewer switches it off and on. Every request the page makes is logged and
// the test fails on any that leaves 127.0.0.1; the command wall draws it under its grids too.
// Screenshots (console 1920×1080, wall 3840×2160): /tmp/shots-h6/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_CENTER, writePmtilesFixture } from '../helpers/pmtilesFixture';
import { apiCall, flyTo, openUnlockScreen, unlock, waitForConsole, waitForDialogs, waitForMapIdle } from './driver';

const SHOTS = process.env.STREETOPS_SHOTS ?? '/tmp/shots-h6';

function styleLayerIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__streetopsMap!.map.getStyle().layers.map((l) => l.id));
}

/** Text of the labels a basemap symbol layer has placed on screen. */
function placedNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => window.__streetopsMap!.map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name)), layer);
}

test('an administrator sets an offline basemap; the map draws it under the grids with nothing fetched from the network', async ({ page, context }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'streetops-e2e-basemap-'));
  mkdirSync(SHOTS, { recursive: true });
  const requests: string[] = [];
  const leaving: string[] = [];
  // Context-wide: the page, its workers (MapLibre's tile workers) and any popup.
  context.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || ((url.protocol === 'http:' || url.protocol === 'ws:') && url.hostname === '127.0.0.1');
    if (!local) leaving.push(request.url());
  });
  try {
    const fixture = writePmtilesFixture(join(dir, '九龙街道.pmtiles'));
    const notTiles = join(dir, 'readme.pmtiles');
    writeFileSync(notTiles, '这不是瓦片文件');

    await openUnlockScreen(page);
    await unlock(page, 'admin', 'streetops');
    await waitForConsole(page);
    await waitForMapIdle(page);
    await expect(page.getByTestId('basemap-file')).toHaveText('未设置底图文件');
    const before = await styleLayerIds(page);
    expect(before.some((id) => id.startsWith('basemap-'))).toBe(false);

    // A file that is not a basemap: refused in words, naming the file; nothing changes.
    await page.getByTestId('basemap-choose').click();
    const modal = page.getByTestId('basemap-modal');
    await modal.getByTestId('basemap-path').fill(notTiles);
    await modal.getByTestId('basemap-save').click();
    await expect(modal.getByTestId('basemap-feedback')).toContainText('无法使用：不是 PMTiles 或 MBTiles 格式的底图文件');
    await expect(modal.getByTestId('basemap-feedback')).toContainText('readme.pmtiles');

    await modal.getByTestId('basemap-path').fill(fixture);
    await modal.getByTestId('basemap-save').click();
    await expect(modal.getByTestId('basemap-feedback')).toHaveText('底图已设置');
    await waitForDialogs(page);
    await page.keyboard.press('Escape');
    await expect(modal).toBeHidden();
    await expect(page.getByTestId('basemap-file')).toContainText('九龙街道.pmtiles');

    // Drawn under the grids: every basemap layer sits below the grid fill.
    await waitForMapIdle(page);
    const ids = await styleLayerIds(page);
    const gridFill = ids.indexOf('grid-fill');
    const basemap = ids.filter((id) => id.startsWith('basemap-'));
    expect(basemap.length).toBeGreaterThanOrEqual(5);
    for (const id of basemap) expect(ids.indexOf(id), id).toBeLessThan(gridFill);
    expect(ids.indexOf('basemap-water')).toBeGreaterThan(ids.indexOf('street-area'));

    // Closer in, the road names and the neighbourhoods' names are placed, in Chinese.
    await flyTo(page, [FIXTURE_CENTER[0] + 0.004, FIXTURE_CENTER[1] + 0.002], 15);
    await expect.poll(() => placedNames(page, 'basemap-place-label')).toContain('谢家湾');
    const roads = await placedNames(page, 'basemap-road-label');
    expect(roads.some((n) => ['九龙大道', '杨家坪正街', '西郊路', '科园一路'].includes(n)), roads.join(',')).toBe(true);
    await expect(page.getByTestId('basemap-attribution')).toContainText('OpenStreetMap');
    await page.screenshot({ path: join(SHOTS, 'basemap-console.png') });

    // The viewer turns it off (the map is as before) and on again.
    await page.getByTestId('basemap-toggle').click();
    await waitForMapIdle(page);
    expect((await styleLayerIds(page)).some((id) => id.startsWith('basemap-'))).toBe(false);
    await expect(page.getByTestId('basemap-attribution')).toHaveCount(0);
    await page.getByTestId('basemap-toggle').click();
    await waitForMapIdle(page);
    expect((await styleLayerIds(page)).filter((id) => id.startsWith('basemap-'))).toEqual(basemap);

    // The command wall draws it too (3840×2160), under its grids, in its own dark colours,
    // tiles from the core like the console's (the same context: its requests are logged too).
    const wall = await context.newPage();
    await wall.setViewportSize({ width: 3840, height: 2160 });
    await wall.goto('/wall');
    await expect(wall.getByTestId('unlock-username')).toBeVisible({ timeout: 120_000 });
    await unlock(wall, 'leader', 'streetops');
    await expect(wall.getByTestId('wall-map')).toHaveAttribute('data-basemap', 'on');
    await waitForMapIdle(wall);
    const wallIds = await styleLayerIds(wall);
    const wallBasemap = wallIds.filter((id) => id.startsWith('basemap-'));
    expect(wallBasemap).toEqual(basemap);
    for (const id of wallBasemap) expect(wallIds.indexOf(id), id).toBeLessThan(wallIds.indexOf('wall-grid-fill'));
    await expect.poll(() => wall.evaluate(() => window.__streetopsMap!.map.queryRenderedFeatures({ layers: ['basemap-road', 'basemap-water'] }).length)).toBeGreaterThan(0);
    await expect(wall.getByTestId('wall-basemap-attribution')).toContainText('OpenStreetMap');
    await wall.screenshot({ path: join(SHOTS, 'basemap-wall-3840.png') });
    await wall.close();

    // Tiles came from the core over our own origin; nothing left the machine.
    expect(requests.filter((u) => new URL(u).pathname.startsWith('/basemap/')).length).toBeGreaterThan(0);
    expect(leaving, `requests that left 127.0.0.1:\n${leaving.join('\n')}`).toEqual([]);
  } finally {
    // Later specs on the same server start without a basemap.
    await apiCall(page, 'basemap.set', { path: null }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
