// The command wall in Chromium against a running browser shell: first paint (navigation
// to /wall → tiles, feed and an idle map on screen) and the time to apply one pushed
// change (a case reported through the HTTP API → its row in the wall's live feed).
import type { Browser, Page } from '@playwright/test';
import { median } from './measure';

interface ApiAnswer<T> {
  ok: boolean;
  result?: T;
  error?: { code: string; message: string };
}

const WALL_USER = { username: 'leader', password: 'streetops' };
const INTAKE_USER = { username: 'dispatcher', password: 'streetops' };

async function post<T>(baseUrl: string, method: string, input: unknown, token: string | null): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl}/api/call/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await res.json()) as ApiAnswer<T>;
  if (!body.ok || body.result === undefined) throw new Error(`${method}: ${body.error?.code ?? res.status} ${body.error?.message ?? ''}`);
  return body.result;
}

async function unlockToken(baseUrl: string, user: { username: string; password: string }): Promise<string> {
  return (await post<{ token: string }>(baseUrl, 'auth.unlock', user, null)).token;
}

/** Milliseconds from navigation start until the wall shows its figures and its map is idle. */
async function wallFirstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __streetopsMap?: { isIdle(): boolean } };
      return (
        document.querySelector('[data-testid="wall-tiles"]') !== null &&
        document.querySelector('[data-testid="wall-feed-item"]') !== null &&
        document.querySelector('[data-testid="map"]')?.getAttribute('data-map-ready') === 'true' &&
        w.__streetopsMap?.isIdle() === true
      );
    },
    undefined,
    { timeout: 180_000, polling: 50 },
  );
  return page.evaluate(() => Math.round(performance.now()));
}

/**
 * Median of `runs` first paints and of `runs` pushed changes. `token` (any role that may
 * report cases) is used for the reports; the wall page gets a session of its own, as a
 * wall PC does. `viewport` defaults to 1920×1080, like the console's first-idle figure.
 */
export async function benchWall(opts: {
  baseUrl: string;
  browser: Browser;
  token?: string;
  runs?: number;
  viewport?: { width: number; height: number };
}): Promise<{ firstPaintMs: number; applyPushMs: number }> {
  const runs = opts.runs ?? 3;
  const baseUrl = opts.baseUrl.replace(/\/$/, '');
  const reporter = opts.token ?? (await unlockToken(baseUrl, INTAKE_USER));
  const wallToken = await unlockToken(baseUrl, WALL_USER);

  const context = await opts.browser.newContext({ viewport: opts.viewport ?? { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    // The session token lives in sessionStorage (per tab): put it there before the app starts.
    await context.addInitScript((token) => sessionStorage.setItem('streetops.token', token), wallToken);
    const page = await context.newPage();
    const paints: number[] = [];
    for (let i = 0; i < runs; i++) paints.push(await wallFirstPaint(page, `${baseUrl}/wall`));

    // A spot inside the street (a corner of a home) and an event subcategory to report.
    // A grid's label point lies inside the grid, so inside the street.
    const base = await post<{ gridLabels: { features: { geometry: { coordinates: number[] } }[] } }>(baseUrl, 'map.base', {}, reporter);
    const home = base.gridLabels.features[0]?.geometry.coordinates;
    const categories = await post<{ caseClass: string; children: { id: number }[] }[]>(baseUrl, 'case.categories', {}, reporter);
    const categoryId = categories.find((c) => c.caseClass === 'event')?.children[0]?.id;
    if (!home || categoryId === undefined) throw new Error('the street has no home building or no event category');

    const pushes: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      const { caseId } = await post<{ caseId: number }>(baseUrl, 'case.report', { source: 'patrol', categoryId, lng: home[0], lat: home[1], description: `基准测试：指挥大屏推送 ${i + 1}` }, reporter);
      await page.waitForSelector(`[data-testid="wall-feed-item"][data-case-id="${caseId}"]`, { timeout: 30_000, state: 'attached' });
      pushes.push(performance.now() - started);
    }
    return { firstPaintMs: median(paints), applyPushMs: median(pushes.map((ms) => Math.round(ms * 10) / 10)) };
  } finally {
    await context.close();
  }
}
