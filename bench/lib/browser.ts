// Chromium for benchmarks, with the same flags as the end-to-end tests.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** When the page made its map (the mark both pages set), in ms from navigation start. */
export function mapCreatedAt(page: Page): Promise<number> {
  return page.evaluate(() => Math.round(performance.getEntriesByName('streetops:map-created')[0]?.startTime ?? Number.NaN));
}

export interface AppIdle {
  /** The map's first idle event with everything drawn (MapView's mark), as the bare page measures its own. */
  idleMs: number;
  /** When the page said so (data-map-ready, set by React after that event, polled every 50 ms). */
  readyMs: number;
}

/** Milliseconds from navigation start until the StreetOps map is idle with its first data, and until the page reports it. */
export async function appFirstIdle(page: Page, url: string): Promise<AppIdle> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __streetopsMap?: { isIdle(): boolean } };
      const el = document.querySelector('[data-testid="map"]');
      return el?.getAttribute('data-map-ready') === 'true' && w.__streetopsMap?.isIdle() === true;
    },
    undefined,
    { timeout: 180_000, polling: 50 },
  );
  return page.evaluate(() => {
    const readyMs = Math.round(performance.now());
    const mark = performance.getEntriesByName('streetops:map-first-idle')[0];
    return { idleMs: mark ? Math.round(mark.startTime) : readyMs, readyMs };
  });
}

export async function plainFirstIdle(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __idleAt?: number }).__idleAt === 'number', undefined, { timeout: 180_000, polling: 50 });
  return page.evaluate(() => Math.round((window as unknown as { __idleAt: number }).__idleAt));
}

export async function unlockInPage(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  // Under load the first page can take a while to come up.
  await page.getByTestId('unlock-username').fill(username, { timeout: 120_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-submit').click();
  await page.getByTestId('map').waitFor({ timeout: 120_000 });
}

export interface MapStyleCounts {
  /** WebGL programs MapLibre has compiled so far (one per layer type and paint-binding variant). */
  programs: number;
  layers: number;
  sources: number;
}

/** What the map on the page (the app's or the bare page's) has built, read after its first idle. */
export function mapStyleCounts(page: Page): Promise<MapStyleCounts> {
  return page.evaluate(() => {
    // MapLibre's painter is not public API; the bench only counts what it holds.
    const w = window as unknown as { __streetopsMap?: { map: unknown }; __map?: unknown };
    const map = (w.__streetopsMap?.map ?? w.__map) as { painter: { programCache: { programs: object } }; getStyle(): { layers: unknown[]; sources: object } };
    const style = map.getStyle();
    return { programs: Object.keys(map.painter.programCache.programs).length, layers: style.layers.length, sources: Object.keys(style.sources).length };
  });
}
