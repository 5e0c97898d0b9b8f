// A small domain driver for the end-to-end tests: what a dispatcher does, in their
// words, over data-testid selectors and the map's test handle.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ARTIFACTS = join('test-results', 'screenshots');
mkdirSync(ARTIFACTS, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Opens the app and waits past the first-start preparation to the unlock form. */
export async function openUnlockScreen(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('unlock-username')).toBeVisible({ timeout: 120_000 });
}

export async function unlock(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('unlock-username').fill(username);
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-submit').click();
}

/**
 * One signed-in page for the tests of a spec that follow each other as one user: signing in
 * and the map's first drawing cost more than most such tests. Call at the top level of the
 * spec; the page is made on first use and each test goes on from it as the one before left
 * it. A failed test ends the worker, so the tests after it sign in anew.
 */
export function sharedSignIn(username: string): (browser: Browser) => Promise<Page> {
  let shared: Page | null = null;
  test.afterEach(async ({}, testInfo) => {
    if (shared && testInfo.status !== testInfo.expectedStatus) await testInfo.attach(`${username}-page`, { body: await shared.screenshot(), contentType: 'image/png' });
  });
  test.afterAll(async () => {
    await shared?.context().close();
    shared = null;
  });
  return async (browser) => {
    if (shared) return shared;
    const { baseURL, viewport, locale, timezoneId } = test.info().project.use;
    const page = await browser.newPage({ baseURL, viewport, locale, timezoneId });
    await openUnlockScreen(page);
    await unlock(page, username, 'streetops');
    await waitForMapIdle(page);
    shared = page;
    return page;
  };
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-ready') === 'true' && window.__streetopsMap?.isIdle() === true,
    undefined,
    { timeout: 90_000, polling: 100 },
  );
}

export function renderedCount(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ids) => window.__streetopsMap!.map.queryRenderedFeatures({ layers: ids }).length, layers);
}

export function sourceCount(page: Page, source: string): Promise<number> {
  return page.evaluate((id) => window.__streetopsMap!.map.querySourceFeatures(id).length, source);
}

export function layerVisible(page: Page, layer: string): Promise<boolean> {
  return page.evaluate((id) => {
    const map = window.__streetopsMap!.map;
    return map.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none';
  }, layer);
}

export async function toggleOverlay(page: Page, kind: string): Promise<void> {
  await page.getByTestId(`overlay-toggle-${kind}`).click();
  await waitForMapIdle(page);
}

export async function flyTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => window.__streetopsMap!.map.jumpTo({ center: c as [number, number], zoom: z as number }), [center, zoom] as const);
  await waitForMapIdle(page);
}

export function mapCenter(page: Page): Promise<[number, number]> {
  return page.evaluate(() => window.__streetopsMap!.map.getCenter().toArray() as [number, number]);
}

/** A rendered residential building with households, and the page pixel of its centre. */
export async function findHomeBuilding(page: Page): Promise<{ id: number; name: string; x: number; y: number; center: [number, number] }> {
  const found = await page.evaluate(() => {
    const map = window.__streetopsMap!.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    const features = map.queryRenderedFeatures({ layers: ['building-fill'] }).filter((f) => Number(f.properties['households']) > 0);
    // Prefer one near the middle of the view, clear of the panels.
    const mid = map.getCenter();
    features.sort((a, b) => {
      const ca = (a.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
      const cb = (b.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
      return Math.hypot(ca[0]! - mid.lng, ca[1]! - mid.lat) - Math.hypot(cb[0]! - mid.lng, cb[1]! - mid.lat);
    });
    // Points drawn over buildings answer a click first: skip a building with one at its centre
    // (earlier specs report cases at buildings of the shared street).
    const above = ['cases-circle', 'facilities-badge', 'party-orgs-circle', 'tenants-point', 'tenants-cluster'].filter((id) => map.getLayer(id));
    for (const f of features) {
      const ring = (f.geometry as GeoJSON.Polygon).coordinates[0]!.slice(0, -1);
      const lng = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
      const px = map.project([lng, lat]);
      const box: [[number, number], [number, number]] = [[px.x - 12, px.y - 12], [px.x + 12, px.y + 12]];
      if (above.length > 0 && map.queryRenderedFeatures(box, { layers: above }).length > 0) continue;
      return { id: Number(f.properties['id']), name: String(f.properties['name']), x: canvas.left + px.x, y: canvas.top + px.y, center: [lng, lat] as [number, number] };
    }
    return null;
  });
  if (!found) throw new Error('no residential building is rendered in the current view');
  return found;
}

/** Where a lng/lat lands on the page, and the map's zoom. */
export function pagePixelOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate((p) => {
    const map = window.__streetopsMap!.map;
    const box = map.getCanvas().getBoundingClientRect();
    const px = map.project(p);
    return { x: box.left + px.x, y: box.top + px.y, zoom: map.getZoom() };
  }, lngLat);
}

/** One API call from inside the page, with the page's own session token, as its client does. */
export function apiCall<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('streetops.token');
      const res = await fetch(`/api/call/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(i) });
      const body = (await res.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${String(m)}: ${body.error?.message}`);
      return body.result;
    },
    [method, input] as const,
  ) as Promise<T>;
}

/** The header's user menu, then one of its items (menu-change-password, menu-users, menu-settings). */
export async function openUserMenuItem(page: Page, item: 'menu-change-password' | 'menu-users' | 'menu-settings' | 'menu-backup' | 'menu-admin'): Promise<void> {
  await page.getByTestId('current-user').click();
  await page.getByTestId(item).click();
}

/** Picks an option of a Mantine select by its label text; answers the label chosen. */
export async function chooseOption(page: Page, selectTestId: string, label: string | RegExp): Promise<string> {
  const option = page.getByRole('option', { name: label }).first();
  const select = page.getByTestId(selectTestId);
  // Under load the dropdown can close again as the form re-renders (seen: the select focused,
  // its list shut): open it once more if no option shows. Only when it is shut (no
  // data-expanded): a click toggles a Mantine select, so clicking a list still drawing shut it.
  await expect(async () => {
    if (!(await option.isVisible()) && (await select.getAttribute('data-expanded')) === null) await select.click();
    await expect(option).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  const text = (await option.textContent()) ?? '';
  await option.click();
  return text.trim();
}

export interface NewAccount {
  username: string;
  displayName: string;
  /** The role's zh-CN label, e.g. 社区工作人员. */
  roleLabel: string;
  /** A community's name, or a pattern matching one; omitted: the whole street. */
  community?: string | RegExp;
  password: string;
}

/** 用户管理 must be open. Adds an account and answers the community it was scoped to (null: whole street); `shot` names a screenshot of the filled form. */
export async function addAccount(page: Page, account: NewAccount, shot?: string): Promise<string | null> {
  await page.getByTestId('users-add').click();
  const form = page.getByTestId('account-form');
  await expect(form).toBeVisible();
  await form.getByTestId('account-username').fill(account.username);
  await form.getByTestId('account-display-name').fill(account.displayName);
  await chooseOption(page, 'account-role', account.roleLabel);
  const community = account.community === undefined ? null : await chooseOption(page, 'account-scope', account.community);
  await form.getByTestId('account-temp-password').fill(account.password);
  if (shot) {
    await waitForDialogs(page);
    await screenshot(page, shot);
  }
  await form.getByTestId('account-form-submit').click();
  await expect(page.getByTestId('users-feedback')).toContainText(account.username);
  return community;
}

/** The forced screen after signing in with a temporary password: new password twice. */
export async function setForcedPassword(page: Page, password: string): Promise<void> {
  const form = page.getByTestId('forced-password-form');
  await form.getByTestId('password-new').fill(password);
  await form.getByTestId('password-repeat').fill(password);
  await form.getByTestId('password-submit').click();
}

/** 修改密码 from the header menu, through to the dialog's confirmation. */
export async function changeOwnPassword(page: Page, oldPassword: string, newPassword: string): Promise<void> {
  await openUserMenuItem(page, 'menu-change-password');
  const form = page.getByTestId('change-password-form');
  await form.getByTestId('password-old').fill(oldPassword);
  await form.getByTestId('password-new').fill(newPassword);
  await form.getByTestId('password-repeat').fill(newPassword);
  await form.getByTestId('password-submit').click();
  await expect(page.getByTestId('change-password-done')).toBeVisible();
}

/** The header's lock button, through to the unlock form. */
export async function lockConsole(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-username')).toBeVisible();
}

/** Signed in: the console's header is there (the map may still be drawing). */
export async function waitForConsole(page: Page): Promise<void> {
  await expect(page.getByTestId('lock-button')).toBeVisible({ timeout: 60_000 });
}

/** Open dialogs have finished fading in (a screenshot taken sooner shows them half there). */
export async function waitForDialogs(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('.mantine-Modal-content')].every((el) => getComputedStyle(el).opacity === '1')))
    .toBe(true);
}
