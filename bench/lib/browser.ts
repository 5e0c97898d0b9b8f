// Chromium for benchmarks, with the same flags as the end-to-end tests.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Milliseconds from navigation start until the StreetOps map reports ready and idle. */
export async function appFirstIdle(page: Page, url: string): Promise<number> {
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
  return page.evaluate(() => Math.round(performance.now()));
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
