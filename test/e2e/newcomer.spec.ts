// Where a newcomer stopped (issue 16), end to end in Chromium: a split line that does not
// cross its grid is refused in words and the draft stays as it was; a Party organisation
// found by search opens its own drawer, not its building's; the queue and the wall name
// every grid with its community; the intake clears each error as soon as it is fixed.
import { expect, test, type Page } from '@playwright/test';
import type { Polygon } from 'geojson';
import type { MapBase, SearchHit } from '../../src/shared/views';
import { chooseQueue, openDispatch, submitIntake } from './caseDriver';
import { apiCall, findHomeBuilding, openUnlockScreen, pagePixelOf, screenshot, sharedSignIn, unlock, waitForMapIdle } from './driver';

async function signIn(page: Page, username: string): Promise<void> {
  await openUnlockScreen(page);
  await unlock(page, username, 'streetops');
  await waitForMapIdle(page);
}

// The dispatcher's three tests share one signed-in page (driver's sharedSignIn); the walls
// come last, so they follow each other.
const dispatcherPage = sharedSignIn('dispatcher');

async function clickAt(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await pagePixelOf(page, lngLat);
  await page.mouse.click(x, y);
}

/** 铁马社区 → 铁马, as a reader would shorten it (the test does not borrow the app's function). */
const shortCommunity = (name: string) => name.replace(/社区$/, '');

test('a split line that does not cross the grid is refused in words, and the draft stays as it was', async ({ page }) => {
  // Map-heavy and three sign-ins: room for a loaded machine (it measures nothing).
  test.setTimeout(300_000);
  await signIn(page, 'admin');
  await page.getByTestId('mode-grids').click();
  await expect(page.getByTestId('grid-editor')).toBeVisible();
  await waitForMapIdle(page);

  // The largest grid, selected by a click on its label point.
  const base = await apiCall<MapBase>(page, 'map.base', {});
  const boxes = base.grids.features.map((f) => {
    const ring = (f.geometry as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    return { id: f.properties.id, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const };
  });
  const target = [...boxes].sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]))[0]!;
  const label = base.gridLabels.features.find((f) => f.properties.id === target.id)!.geometry.coordinates as [number, number];
  await page.evaluate((b) => window.__streetopsMap!.map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 160, animate: false }), target.box);
  await waitForMapIdle(page);
  await clickAt(page, label);
  await expect(page.getByTestId('selected-grid')).toHaveAttribute('data-grid-id', String(target.id));

  // A short line wholly inside the grid: it starts and ends inside, so it cannot cut it.
  await page.getByTestId('tool-split').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-draw-tool', 'line');
  const step = (target.box[2] - target.box[0]) * 0.02;
  const end: [number, number] = [label[0] + step, label[1]];
  await clickAt(page, label);
  await clickAt(page, end);
  // Enter ends the line (a click on its last point would also land on the grid below).
  await page.keyboard.press('Enter');

  const refusal = page.getByTestId('edit-error');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('切分线必须从网格外穿过网格再到网格外');
  await expect(page.getByTestId('draft-empty')).toBeVisible();
  // It stays until the administrator does something else, not only until the next preview.
  await page.waitForTimeout(1500);
  await expect(refusal).toBeVisible();
  await screenshot(page, 'newcomer-01-split-refused');

  // The grid is still selected and the tool can be taken up again at once.
  await expect(page.getByTestId('selected-grid')).toHaveAttribute('data-grid-id', String(target.id));
  await expect(page.getByTestId('tool-split')).toBeEnabled();

  // A line that does cross it: the refusal goes, and the new grid's missing staff is listed
  // once, under the staff section, which then does not also say there is nothing to review.
  await page.getByTestId('tool-split').click();
  await expect(page.getByTestId('edit-error')).toHaveCount(0);
  const x = (target.box[0] + target.box[2]) / 2;
  const margin = (target.box[3] - target.box[1]) * 0.15;
  await clickAt(page, [x, target.box[1] - margin]);
  await clickAt(page, [x, target.box[3] + margin]);
  await clickAt(page, [x, target.box[3] + margin]);
  await expect(page.getByTestId('problems')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('move-preview')).toBeVisible();
  await expect(page.getByTestId('draft-ops').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('staff-review-draft').first()).toContainText('尚无网格长、网格员');
  await expect(page.getByTestId('staff-reviews-none')).toHaveCount(0);
  await expect(page.getByTestId('move-preview').getByTestId('staff-review')).toHaveCount(0);
  // The preview names grids with their community, not by their 14-digit codes.
  await expect(page.getByTestId('move-preview')).not.toContainText(/\d{10}/);
  await waitForMapIdle(page);
  await screenshot(page, 'newcomer-01b-split-staff');
  await page.getByTestId('draft-discard').click();
  await expect(page.getByTestId('draft-empty')).toBeVisible();
  // The draft's flags go with it; saved reviews (earlier specs on this street may have left
  // some) are listed, and 'nothing to review' shows only when there are none.
  await expect(page.getByTestId('staff-review-draft')).toHaveCount(0);
  const saved = await page.getByTestId('staff-review-item').count();
  await expect(page.getByTestId('staff-reviews-none')).toHaveCount(saved > 0 ? 0 : 1);

  // The whole-street check tells the administrator what it found, not how long it took.
  await page.getByTestId('validate-street').click();
  await expect(page.getByTestId('street-result')).toBeVisible();
  await expect(page.getByTestId('street-result')).not.toContainText('毫秒');
  await screenshot(page, 'newcomer-01c-validated');
});

test('a Party organisation found by search opens its own drawer, not the building it meets in', async ({ browser }) => {
  const page = await dispatcherPage(browser);
  const hits = await apiCall<SearchHit[]>(page, 'search.query', { q: '网格党支部', limit: 20 });
  const placed = hits.filter((h) => h.kind === 'partyOrg' && h.buildingId !== null);
  expect(placed.length, 'a grid branch that meets in a building').toBeGreaterThan(0);
  const org = placed.find((h) => h.title === '杨家坪社区第一网格党支部') ?? placed[0]!;

  await page.getByTestId('search-input').fill('网格党支部');
  const hit = page.locator('[data-testid="search-result"][data-kind="partyOrg"]', { hasText: org.title }).first();
  await expect(hit).toBeVisible();
  await hit.click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-kind', 'partyOrg');
  await expect(drawer).toHaveAttribute('data-id', String(org.id));
  await expect(page.getByTestId('detail-title')).toHaveText(org.title);
  await waitForMapIdle(page);
  await screenshot(page, 'newcomer-02-party-org-drawer');
});

test('the queue names every grid with its community, in full within its column', async ({ browser }) => {
  const page = await dispatcherPage(browser);
  await openDispatch(page);
  await chooseQueue(page, 'all');
  const cells = page.getByTestId('queue-row-grid');
  await expect(cells.first()).toBeVisible();
  const shown = await cells.evaluateAll((els) => els.slice(0, 30).map((e) => ({ text: (e.textContent ?? '').trim(), full: e.getAttribute('title') ?? '', clipped: e.scrollWidth > e.clientWidth + 1 })));
  expect(shown.length).toBeGreaterThan(5);
  for (const s of shown) {
    const m = /^(.+)·(\d+)网格$/.exec(s.text);
    expect(m, `${s.text} names a community and a grid number`).not.toBeNull();
    expect(s.full, `${s.text} is the short form of ${s.full}`).toBe(`${m![1]}社区第${m![2]}网格`);
    expect(s.clipped, `${s.text} fits its column`).toBe(false);
  }
  await screenshot(page, 'newcomer-03-queue-grids');
});

test('the intake clears each error as soon as its field is fixed, and shows one message per field', async ({ browser }) => {
  const page = await dispatcherPage(browser);
  await openDispatch(page);
  await page.keyboard.press('n');
  const panel = page.getByTestId('intake-panel');
  await expect(panel).toBeVisible();
  await submitIntake(page);
  const category = panel.getByText('请选择小类');
  const location = panel.getByText('请在地图上点选位置，或通过搜索定位');
  const description = panel.getByText('请描述问题（至少4个字）');
  await expect(category).toBeVisible();
  await expect(location).toBeVisible();
  await expect(description).toBeVisible();

  // The category: its error goes as soon as a subcategory is chosen; the others stay.
  await panel.getByTestId('intake-category').click();
  await panel.getByTestId('intake-category').fill('暴露垃圾');
  await page.getByRole('option', { name: /暴露垃圾/ }).first().click();
  await expect(panel.getByTestId('intake-category-limit')).toBeVisible();
  await expect(category).toHaveCount(0);
  await expect(location).toBeVisible();
  await expect(description).toBeVisible();

  // The place: a click on a building on the map.
  await waitForMapIdle(page);
  const building = await findHomeBuilding(page);
  await page.mouse.click(building.x, building.y);
  await expect(panel.getByTestId('intake-place')).toHaveAttribute('data-status', 'found');
  await expect(location).toHaveCount(0);
  await expect(description).toBeVisible();

  // The description: too short keeps its one message; long enough clears it.
  await panel.getByTestId('intake-description').fill('垃圾');
  await expect(description).toBeVisible();
  await panel.getByTestId('intake-description').fill('垃圾桶满溢，散落路面');
  await expect(description).toHaveCount(0);
  await expect(panel.getByTestId('intake-description')).not.toHaveAttribute('data-error');
  // Let the border finish its change from red before the picture.
  await panel.getByTestId('intake-description').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  await screenshot(page, 'newcomer-05-intake-fixed');

  // A field left with a bad value shows its error on leaving it, before any submit.
  const phone = panel.getByTestId('intake-reporter-phone');
  await phone.fill('12345');
  await phone.blur();
  await expect(panel.getByText('请输入11位手机号或固定电话（如 023-12345678）')).toBeVisible();
  await phone.fill('13800138000');
  await expect(panel.getByText('请输入11位手机号或固定电话（如 023-12345678）')).toHaveCount(0);
  await page.getByTestId('intake-close').click();
});

test('the wall names every grid with its community, on the map, in the feed and in the ranking', async ({ browser }, testInfo) => {
  // Two walls, 1080p and 4K, each drawing its map: room for a loaded machine (it measures nothing).
  test.setTimeout(480_000);
  // The wall, at 1920×1080 and 3840×2160: its grid labels carry their community.
  const baseURL = String(testInfo.project.use.baseURL);
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 3840, height: 2160 }]) {
    const context = await browser.newContext({ baseURL, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const wall = await context.newPage();
    await wall.goto('/wall');
    await expect(wall.getByTestId('unlock-username')).toBeVisible({ timeout: 120_000 });
    await unlock(wall, 'leader', 'streetops');
    await expect(wall.getByTestId('wall-tiles')).toBeVisible();
    await waitForMapIdle(wall);
    const base = await apiCall<MapBase>(wall, 'map.base', {});
    const community = new Map(base.gridLabels.features.map((f) => [f.properties.id, f.properties.communityName]));
    const labels = await wall.evaluate(() => window.__streetopsMap!.map.querySourceFeatures('wall-grid-labels').map((f) => ({ id: Number(f.properties['id']), label: String(f.properties['label']) })));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.label.startsWith(`${shortCommunity(community.get(l.id)!)}·`), `${l.label} in ${community.get(l.id)}`).toBe(true);
    // The ranking and the feed name grids the same way.
    const rows = await wall.getByTestId('wall-rank-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatch(/\S·\d+网格/);
    const places = await wall.locator('.wall-feed-place').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p).toMatch(/^\S+·\d+网格$/);
    await screenshot(wall, `newcomer-04-wall-${viewport.width}`);
    await context.close();
  }
});
