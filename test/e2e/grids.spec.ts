// Grid management end to end in Chromium: an administrator validates the street, splits a
// grid along a line drawn on the map, reads the preview, saves, sees the two grids with
// their new household counts, merges them back, and the street validates clean again.
import { expect, test, type Page } from '@playwright/test';
import type { Polygon } from 'geojson';
import type { GridEditRecord } from '../../src/shared/gridEdit';
import { gridLabel } from '../../src/shared/gridLabel';
import type { MapBase } from '../../src/shared/views';
import { apiCall, openUnlockScreen, pagePixelOf, screenshot, sharedSignIn, unlock, waitForMapIdle } from './driver';

interface GridPick {
  id: number;
  code: string;
  /** As the pane names it: 铁马·11网格. */
  label: string;
  households: number;
  at: [number, number];
  bbox: [number, number, number, number];
}

async function grids(page: Page): Promise<GridPick[]> {
  const base = await apiCall<MapBase>(page, 'map.base', {});
  const labels = new Map(base.gridLabels.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));
  return base.grids.features.map((f) => {
    const ring = (f.geometry as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    return { id: f.properties.id, code: f.properties.code, label: gridLabel(f.properties), households: f.properties.households, at: labels.get(f.properties.id)!, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
}

async function fitTo(page: Page, bbox: [number, number, number, number]): Promise<void> {
  await page.evaluate((b) => window.__streetopsMap!.map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 160, animate: false }), bbox);
  await waitForMapIdle(page);
}

async function clickAt(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await pagePixelOf(page, lngLat);
  await page.mouse.click(x, y);
}

async function waitForPreview(page: Page): Promise<void> {
  await expect(page.getByTestId('problems')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('move-preview')).toBeVisible();
}

async function saveDraft(page: Page): Promise<void> {
  await page.getByTestId('save-edit').click();
  await expect(page.getByTestId('confirm-save')).toBeEnabled();
  await page.getByTestId('confirm-save').click();
  await expect(page.getByTestId('draft-empty')).toBeVisible();
  await waitForMapIdle(page);
}

// The first two tests share one administrator's page (driver's sharedSignIn).
const adminPage = sharedSignIn('admin');

/** The grid editor opened anew: from the map, so no selection or draft of an earlier test is left. */
async function openGridEditor(page: Page): Promise<void> {
  if (await page.getByTestId('grid-editor').isVisible()) {
    await page.getByTestId('mode-map').click();
    await expect(page.getByTestId('grid-editor')).toHaveCount(0);
  }
  await page.getByTestId('mode-grids').click();
  await expect(page.getByTestId('grid-editor')).toBeVisible();
  await waitForMapIdle(page);
}

async function validateStreetClean(page: Page): Promise<void> {
  await page.getByTestId('validate-street').click();
  await expect(page.getByTestId('street-result')).toHaveAttribute('data-clean', 'true');
}

test('an administrator splits a grid along a drawn line, saves, merges it back, and the street validates clean', async ({ browser }) => {
  const page = await adminPage(browser);
  await openGridEditor(page);
  await validateStreetClean(page);
  await screenshot(page, 'grids-01-validated');

  // The grid with the most households, cut by a vertical line through its middle.
  const before = await grids(page);
  const target = [...before].sort((a, b) => b.households - a.households)[0]!;
  await fitTo(page, target.bbox);
  await clickAt(page, target.at);
  await expect(page.getByTestId('selected-grid')).toHaveAttribute('data-grid-id', String(target.id));

  await page.getByTestId('tool-split').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-draw-tool', 'line');
  const x = (target.bbox[0] + target.bbox[2]) / 2;
  const margin = (target.bbox[3] - target.bbox[1]) * 0.15;
  const start: [number, number] = [x, target.bbox[1] - margin];
  const end: [number, number] = [x, target.bbox[3] + margin];
  await clickAt(page, start);
  await clickAt(page, end);
  await clickAt(page, end);
  await expect(page.getByTestId('map')).toHaveAttribute('data-draw-tool', 'none');
  await waitForPreview(page);
  await expect(page.getByTestId('draft-ops').locator('li')).toHaveCount(1);
  const flows = page.getByTestId('flows');
  await expect(flows).toContainText(`${target.label} →`);
  await waitForMapIdle(page);
  await screenshot(page, 'grids-02-split-preview');

  await page.getByTestId('save-edit').click();
  await expect(page.getByTestId('save-dialog').getByTestId('flows')).toBeVisible();
  // Let the modal finish fading in before the picture.
  await page.waitForFunction(() => {
    const content = document.querySelector('.mantine-Modal-content');
    return content !== null && getComputedStyle(content).opacity === '1';
  });
  await screenshot(page, 'grids-03-save-dialog');
  await page.getByTestId('confirm-save').click();
  await expect(page.getByTestId('draft-empty')).toBeVisible();
  await waitForMapIdle(page);

  // Two grids where there was one, and their households add up to the old count.
  const afterSplit = await grids(page);
  expect(afterSplit).toHaveLength(before.length + 1);
  const kept = afterSplit.find((g) => g.id === target.id)!;
  const added = afterSplit.find((g) => !before.some((b) => b.id === g.id))!;
  expect(kept.households + added.households).toBe(target.households);
  expect(added.households).toBeGreaterThan(0);
  const rendered = await page.evaluate((ids) => window.__streetopsMap!.map.querySourceFeatures('grids').filter((f) => ids.includes(Number(f.properties['id']))).length, [kept.id, added.id]);
  expect(rendered).toBeGreaterThanOrEqual(2);
  const history = await apiCall<GridEditRecord[]>(page, 'grid.history', {});
  expect(history[0]!.summary.created).toEqual([added.code]);
  await expect(page.getByTestId('edit-record').first()).toContainText(added.code);
  await screenshot(page, 'grids-04-split-saved');

  // Merge them back: select both on the map, merge, save.
  await fitTo(page, [Math.min(kept.bbox[0], added.bbox[0]), Math.min(kept.bbox[1], added.bbox[1]), Math.max(kept.bbox[2], added.bbox[2]), Math.max(kept.bbox[3], added.bbox[3])]);
  await clickAt(page, kept.at);
  await clickAt(page, added.at);
  await expect(page.getByTestId('tool-merge')).toBeEnabled();
  await page.getByTestId('tool-merge').click();
  await waitForPreview(page);
  await expect(page.getByTestId('grid-after').locator(`[data-grid-code="${kept.code}"]`)).toHaveAttribute('data-households-after', String(target.households));
  await screenshot(page, 'grids-05-merge-preview');
  await saveDraft(page);

  const afterMerge = await grids(page);
  expect(afterMerge).toHaveLength(before.length);
  expect(afterMerge.find((g) => g.id === target.id)!.households).toBe(target.households);
  await validateStreetClean(page);
  await screenshot(page, 'grids-06-merged-validated');

  // The pane reads in English too, with nothing pushed past its edge.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('street-result')).toContainText('edge to edge');
  const overflow = await page.getByTestId('grid-editor').evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0).length);
  expect(overflow).toBe(0);
  // Buttons keep their whole label (a squeezed flex item clips it instead of overflowing).
  const clipped = await page.getByTestId('grid-editor').evaluate((el) => [...el.querySelectorAll('button, button *')].filter((b) => b.getBoundingClientRect().width > 0 && b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
  expect(clipped).toEqual([]);
  await screenshot(page, 'grids-08-english');
  await page.getByTestId('language-switch').getByText('中文').click();
});

test('an administrator drags a vertex shared with a neighbour: both grids move together and nothing overlaps', async ({ browser }) => {
  const page = await adminPage(browser);
  await openGridEditor(page);

  // A vertex inside the street shared by two or more grids (a corner where grids meet).
  const base = await apiCall<MapBase>(page, 'map.base', {});
  const streetKeys = new Set((base.boundary.features[0]!.geometry as Polygon).coordinates[0]!.map((p) => `${p[0]},${p[1]}`));
  const owners = new Map<string, number[]>();
  for (const f of base.grids.features) for (const p of (f.geometry as Polygon).coordinates[0]!.slice(0, -1)) owners.set(`${p[0]},${p[1]}`, [...(owners.get(`${p[0]},${p[1]}`) ?? []), f.properties.id]);
  const [key, ids] = [...owners].find(([k, v]) => v.length >= 2 && !streetKeys.has(k))!;
  const vertex = key.split(',').map(Number) as [number, number];
  const target = (await grids(page)).find((g) => g.id === ids[0])!;
  await fitTo(page, target.bbox);
  await clickAt(page, target.at);
  await page.getByTestId('tool-reshape').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-draw-tool', 'reshape');
  await waitForMapIdle(page);

  const from = await pagePixelOf(page, vertex);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + 4 * i, from.y + 3 * i);
  await page.mouse.up();
  await expect(page.getByTestId('draft-ops').locator('li')).toHaveCount(1);
  await waitForPreview(page);
  await page.getByTestId('tool-stop').click();
  await waitForMapIdle(page);
  const changed = await page.getByTestId('grid-editor').evaluate(() => window.__streetopsMap!.map.querySourceFeatures('draft-grids').map((f) => Number(f.properties['id'])));
  expect(new Set(changed)).toEqual(new Set(ids));
  await expect(page.getByTestId('problem').filter({ has: page.locator('[data-kind="overlap"], [data-kind="gap"]') })).toHaveCount(0);
  await expect(page.locator('[data-testid="problem"][data-kind="overlap"], [data-testid="problem"][data-kind="gap"]')).toHaveCount(0);
  await screenshot(page, 'grids-07-shared-vertex');
  await page.getByTestId('draft-discard').click();
  await expect(page.getByTestId('draft-empty')).toBeVisible();
});

// A page of its own: the editor numbers new grids -1, -2 … per page, and this test expects the first.
test('an administrator draws a new grid over part of two grids: it takes its area from them and the preview counts what moves', async ({ page }) => {
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await openGridEditor(page);

  // A box straddling the shared edge of two neighbouring grids, around their common vertex.
  const all = await grids(page);
  const a = [...all].sort((x, y) => y.households - x.households)[0]!;
  await fitTo(page, a.bbox);
  const [w, s, e, n] = a.bbox;
  const box: [number, number][] = [
    [w + (e - w) * 0.55, s + (n - s) * 0.3],
    [e + (e - w) * 0.2, s + (n - s) * 0.3],
    [e + (e - w) * 0.2, s + (n - s) * 0.7],
    [w + (e - w) * 0.55, s + (n - s) * 0.7],
  ];
  await page.getByTestId('tool-draw').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-draw-tool', 'polygon');
  for (const p of box) await clickAt(page, p);
  await clickAt(page, box[0]!);
  await expect(page.getByTestId('map')).toHaveAttribute('data-draw-tool', 'none');
  await waitForPreview(page);
  await expect(page.getByTestId('draft-ops').locator('li')).toHaveCount(1);
  // The new grid is selected, and everything it took is listed as moving into it.
  await expect(page.getByTestId('selected-grid')).toHaveAttribute('data-grid-id', '-1');
  await expect(page.getByTestId('flows')).toContainText(`${a.label} →`);
  await expect(page.locator('[data-testid="problem"][data-kind="overlap"], [data-testid="problem"][data-kind="gap"]')).toHaveCount(0);
  await waitForMapIdle(page);
  await screenshot(page, 'grids-09-drawn');
  await page.getByTestId('draft-discard').click();
  await expect(page.getByTestId('draft-empty')).toBeVisible();
});
