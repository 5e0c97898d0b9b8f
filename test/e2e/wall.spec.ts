// The command wall (一网统管) end to end in Chromium against the browser shell: at
// 3840×2160 and at 1920×1080 nothing overflows or overlaps, the text on it names nobody
// in full, and a case reported from a console shows up on it by push.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { openUnlockScreen, screenshot, unlock, waitForMapIdle, apiCall } from './driver';
import { layoutProblems } from './wallLayout';

interface Size {
  width: number;
  height: number;
}

async function wallContext(browser: Browser, baseURL: string, viewport: Size): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/** Opens /wall, unlocks it as a leader (a wall PC logs in like any window), waits for the map. */
async function openWall(page: Page): Promise<void> {
  await page.goto('/wall');
  await expect(page.getByTestId('unlock-username')).toBeVisible({ timeout: 120_000 });
  await unlock(page, 'leader', 'streetops');
  await expect(page.getByTestId('wall')).toBeVisible();
  await expect(page.getByTestId('wall-tiles')).toBeVisible();
  await waitForMapIdle(page);
}

async function checkWall(page: Page): Promise<void> {
  await expect(page.getByTestId('wall-tile-newToday-value')).toHaveText(/^\d/);
  await expect(page.getByTestId('wall-feed-item').first()).toBeVisible();
  expect(await page.getByTestId('wall-rank-row').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('wall-party')).toContainText('党支部');
  // 会议定事 and the five steps of 议事, as counts, in the Party panel.
  await expect(page.getByTestId('wall-party').getByTestId('wall-meetings')).toContainText('评事');
  for (const id of ['wall-meetings-late', 'wall-meetings-due', 'wall-matters-raised', 'wall-matters-evaluated']) await expect(page.getByTestId(id)).toHaveText(/^\d+$/);
  // Chinese renders in the map too: the community labels are drawn.
  const labels = await page.evaluate(() => window.__streetopsMap!.map.queryRenderedFeatures({ layers: ['wall-community-label'] }).length);
  expect(labels).toBeGreaterThan(0);
  expect(await layoutProblems(page)).toEqual([]);
}


interface CaseDetailLite {
  grid: { id: number };
  reporterName: string | null;
  reporterPhone: string | null;
  events: { actorName: string }[];
}
interface GridDetailLite {
  staff: { name: string; phone: string }[];
}
interface SearchHitLite {
  kind: string;
  title: string;
  buildingId: number | null;
}
interface BuildingDetailLite {
  households: { members: { name: string; phone: string | null }[] }[];
}

/** Names and phone numbers of people behind the cases on the wall, fetched as a dispatcher. */
async function peopleBehind(consolePage: Page, caseIds: number[]): Promise<{ names: string[]; phones: string[] }> {
  const names = new Set<string>();
  const phones = new Set<string>();
  const grids = new Set<number>();
  for (const id of caseIds) {
    const c = await apiCall<CaseDetailLite>(consolePage, 'case.detail', { id });
    grids.add(c.grid.id);
    if (c.reporterName) names.add(c.reporterName);
    if (c.reporterPhone) phones.add(c.reporterPhone);
    // Actors are "<role> <name>": the name is what must not appear.
    for (const e of c.events) if (e.actorName.includes(' ')) names.add(e.actorName.slice(e.actorName.lastIndexOf(' ') + 1));
  }
  for (const id of grids) {
    const g = await apiCall<GridDetailLite>(consolePage, 'grid.detail', { id });
    for (const s of g.staff) {
      names.add(s.name);
      phones.add(s.phone);
    }
  }
  const buildings = new Set<number>();
  for (const q of ['王', '李', '张', '刘', '陈']) {
    for (const hit of await apiCall<SearchHitLite[]>(consolePage, 'search.query', { q, limit: 50 })) {
      if (hit.kind === 'resident') names.add(hit.title);
      if (hit.buildingId !== null && buildings.size < 4) buildings.add(hit.buildingId);
    }
  }
  for (const id of buildings) {
    const b = await apiCall<BuildingDetailLite>(consolePage, 'building.detail', { id });
    for (const m of b.households.flatMap((h) => h.members)) {
      names.add(m.name);
      if (m.phone) phones.add(m.phone);
    }
  }
  // What the dispatcher's role gets masked (王*, 138****5678) is no full name or number to look for.
  return { names: [...names].filter((n) => n.length >= 2 && n !== '匿名' && !n.includes('*')), phones: [...phones].filter((p) => !p.includes('*')) };
}

test('the command wall fits 4K and 1080p, names nobody in full, and follows a change made in a console', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const baseURL = String(testInfo.project.use.baseURL);

  // 3840×2160: the video wall.
  const big = await wallContext(browser, baseURL, { width: 3840, height: 2160 });
  const wall4k = await big.newPage();
  await openWall(wall4k);
  await checkWall(wall4k);
  await screenshot(wall4k, '20-wall-4k');
  await big.close();

  // 1920×1080: a plain second display.
  const small = await wallContext(browser, baseURL, { width: 1920, height: 1080 });
  const wall = await small.newPage();
  await openWall(wall);
  await checkWall(wall);
  await screenshot(wall, '21-wall-1080p');

  // A dispatcher at a console, in a context of their own.
  const desk = await wallContext(browser, baseURL, { width: 1920, height: 1080 });
  const consolePage = await desk.newPage();
  await openUnlockScreen(consolePage);
  await unlock(consolePage, 'dispatcher', 'streetops');
  await expect(consolePage.getByTestId('map')).toBeVisible();

  // The decisions and matters on the wall are the core's counts for the street.
  const shared = (await apiCall<{ meetings: { decisions: { late: number; dueSoon: number }; matters: Record<string, number> } }>(consolePage, 'wall.snapshot', {})).meetings;
  await expect(wall.getByTestId('wall-meetings-late')).toHaveText(String(shared.decisions.late));
  await expect(wall.getByTestId('wall-meetings-due')).toHaveText(String(shared.decisions.dueSoon));
  for (const stage of ['raised', 'discussed', 'decided', 'acting', 'evaluated']) await expect(wall.getByTestId(`wall-matters-${stage}`)).toHaveText(String(shared.matters[stage]));

  // Masking: nobody behind the cases on the wall appears in full in its text.
  const caseIds = (await wall.getByTestId('wall-feed-item').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-case-id'))))).filter((id) => id > 0);
  expect(caseIds.length).toBeGreaterThan(0);
  const people = await peopleBehind(consolePage, caseIds);
  expect(people.names.length).toBeGreaterThan(20);
  expect(people.phones.length).toBeGreaterThan(5);
  const text = await wall.evaluate(() => document.body.innerText);
  expect(people.names.filter((n) => text.includes(n))).toEqual([]);
  expect(people.phones.filter((p) => text.includes(p))).toEqual([]);
  expect(text).toMatch(/(网格员|居民|调度员|街道领导) \S\*+/);

  // Live: report a case at the console; time until the wall shows it.
  const newBefore = Number((await wall.getByTestId('wall-tile-newToday-value').innerText()).replace(/,/g, ''));
  const spot = await consolePage.evaluate(async () => {
    const token = sessionStorage.getItem('streetops.token');
    const res = await fetch('/api/call/map.base', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
    // A grid's label point lies inside the grid, so inside the street.
    const base = (await res.json()) as { result: { gridLabels: { features: { geometry: { coordinates: number[] } }[] } } };
    return base.result.gridLabels.features[0]!.geometry.coordinates;
  });
  const categories = await apiCall<{ caseClass: string; children: { id: number }[] }[]>(consolePage, 'case.categories', {});
  const categoryId = categories.find((c) => c.caseClass === 'event')!.children[0]!.id;
  const started = Date.now();
  const reported = await apiCall<{ caseId: number }>(consolePage, 'case.report', { source: 'patrol', categoryId, lng: spot[0], lat: spot[1], description: '端到端测试：人行道暴露垃圾' });
  await wall.locator(`[data-testid="wall-feed-item"][data-case-id="${reported.caseId}"][data-kind="report"]`).waitFor({ timeout: 30_000 });
  const wallUpdateMs = Date.now() - started;
  console.log(`WALL_UPDATE_MS=${wallUpdateMs}`);
  testInfo.annotations.push({ type: 'WALL_UPDATE_MS', description: String(wallUpdateMs) });
  await expect(wall.getByTestId('wall-tile-newToday-value')).toHaveText(String(newBefore + 1));
  await expect(wall.getByTestId('wall-map')).not.toHaveAttribute('data-pulsing', '0');
  await expect
    .poll(() => wall.evaluate((id) => window.__streetopsMap!.map.querySourceFeatures('wall-cases').some((f) => f.properties['id'] === id), reported.caseId))
    .toBe(true);

  // Registering it shows as the next feed item.
  await apiCall(consolePage, 'case.act', { caseId: reported.caseId, action: 'register' });
  await wall.locator(`[data-testid="wall-feed-item"][data-case-id="${reported.caseId}"][data-kind="register"]`).waitFor({ timeout: 30_000 });
  expect(await layoutProblems(wall)).toEqual([]);

  await desk.close();
  await small.close();
});
