// Device alerts end to end in Chromium (issue #14 part B): an emergency button pressed in a
// flat is POSTed by the vendor's system to the LAN endpoint; the alert shows on the wall
// (masked: kind, grid, building) and in the dispatcher's console with its count, and the
// dispatcher turns it into a case dispatched to the grid's 网格员. The time from the post
// to the alert on the wall is measured and printed.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, ARTIFACTS, openUnlockScreen, screenshot, unlock, waitForConsole } from './driver';

const SHOTS = '/tmp/shots-h4';
mkdirSync(SHOTS, { recursive: true });
/** One screenshot (a 4K one is slow on a busy machine), kept with the others and in SHOTS. */
const shot = async (page: Page, name: string) => {
  await screenshot(page, name);
  copyFileSync(join(ARTIFACTS, `${name}.png`), join(SHOTS, `${name}.png`));
};

interface BuildingDetail {
  households: { id: number; address: string | null }[];
}

test('an emergency button posted to the LAN endpoint reaches the wall and the console, and becomes a case for the grid worker', async ({ browser, baseURL }) => {
  test.setTimeout(540_000);
  // The administrator registers the vendor's source (its key, shown once) and a button in a flat.
  const adminPage = await (await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await openUnlockScreen(adminPage);
  await unlock(adminPage, 'admin', 'streetops');
  await waitForConsole(adminPage);
  let householdId = 0;
  for (let id = 1; id < 200 && householdId === 0; id++) {
    const detail = await apiCall<BuildingDetail>(adminPage, 'building.detail', { id }).catch(() => null);
    householdId = detail?.households[0]?.id ?? 0;
  }
  expect(householdId).toBeGreaterThan(0);
  const { key, source } = await apiCall<{ key: string; source: { id: number } }>(adminPage, 'device.addSource', { name: '安居呼叫系统（测试网关）' });
  await apiCall(adminPage, 'device.add', { code: 'SOS-E2E-01', kind: 'button', sourceId: source.id, householdId, label: '卧室紧急呼叫按钮' });
  await adminPage.context().close();

  // The wall, at 4K.
  const wall = await (await browser.newContext({ baseURL, viewport: { width: 3840, height: 2160 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await wall.goto('/wall');
  await expect(wall.getByTestId('unlock-username')).toBeVisible({ timeout: 120_000 });
  await unlock(wall, 'leader', 'streetops');
  await expect(wall.getByTestId('wall-tiles')).toBeVisible();
  // The map only needs to be drawn for the screenshot (a 4K canvas is slow on a busy machine).
  await expect(wall.locator('[data-testid="map"][data-map-ready="true"]')).toBeVisible({ timeout: 150_000 });

  // The dispatcher's console.
  const desk = await (await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await openUnlockScreen(desk);
  await unlock(desk, 'dispatcher', 'streetops');
  await waitForConsole(desk);
  await expect(desk.getByTestId('alerts-count')).toBeVisible();
  // The demo street keeps a few alerts open: the post adds one, the case takes it away again.
  // The count is the core's, and the console shows it once its list has loaded (0 before).
  const openBefore = (await apiCall<{ live: number }>(desk, 'alert.list', {})).live;
  await expect(desk.getByTestId('alerts-count')).toHaveAttribute('data-count', String(openBefore), { timeout: 30_000 });

  // The vendor's system posts the press, as it would from the office LAN.
  const serverNow = (await apiCall<{ now: number }>(desk, 'session.status', {})).now;
  const csv = `device_code,time,kind,card\nSOS-E2E-01,${new Date(serverNow).toISOString()},button,\n`;
  const posted = Date.now();
  const res = await fetch(`${baseURL}/devices/events`, { method: 'POST', headers: { Authorization: `DeviceKey ${key}`, 'Content-Type': 'text/csv' }, body: csv });
  expect(res.status).toBe(200);
  const alertRow = wall.locator('[data-testid="wall-alert"][data-rule="button"][data-status="open"]');
  await expect(alertRow).toBeVisible({ timeout: 10_000 });
  const toWall = Date.now() - posted;
  console.log(`alert from POST /devices/events to the wall: ${toWall} ms`);
  expect(toWall).toBeLessThan(5_000);
  await expect(alertRow).toContainText('紧急呼叫');
  // Masked: no flat, no device code, no resident on the wall.
  const wallText = await wall.getByTestId('wall-alerts').innerText();
  expect(wallText).not.toMatch(/SOS-E2E|室|单元/);
  await shot(wall, 'alerts-01-wall-4k');

  // The console counts it; the dispatcher opens the list and makes it a case.
  await expect(desk.getByTestId('alerts-count')).toHaveAttribute('data-count', String(openBefore + 1), { timeout: 10_000 });
  await desk.getByTestId('alerts-button').click();
  const row = desk.locator('[data-testid="alert-row"][data-rule="button"]');
  await expect(row).toBeVisible();
  await expect(row).toContainText('设备 SOS-E2E-01');
  // The drawer slides in: let it settle before the picture.
  await desk.waitForTimeout(600);
  await shot(desk, 'alerts-02-console-list');
  // Read before the click: once a case, the row leaves the open list.
  const alertId = Number(await row.getAttribute('data-alert-id'));
  expect(alertId).toBeGreaterThan(0);
  await row.getByTestId('alert-to-case').click();
  await expect(desk.getByTestId('alerts-feedback')).toContainText('已转为案件');
  const all = await apiCall<{ alerts: { id: number; status: string; caseId: number | null; gridId: number | null }[] }>(desk, 'alert.list', { scope: 'all' });
  const done = all.alerts.find((a) => a.id === alertId)!;
  expect(done.status).toBe('acknowledged');
  const detail = await apiCall<{ status: string; source: string; assignee: string | null; assigneeRef: { kind: string; id: number } | null }>(desk, 'case.detail', { id: done.caseId });
  expect(detail.status).toBe('dispatched');
  expect(detail.source).toBe('sensor');
  expect(detail.assigneeRef?.kind).toBe('staff');
  // The post is the 网格员 of the alert's own grid, named by its holder.
  expect(detail.assignee).toBeTruthy();
  expect(done.gridId).not.toBeNull();
  const grid = await apiCall<{ staff: { id: number; role: string }[] }>(desk, 'grid.detail', { id: done.gridId });
  expect(grid.staff.find((s) => s.id === detail.assigneeRef?.id)?.role).toBe('grid_worker');
  await expect(desk.getByTestId('alerts-count')).toHaveAttribute('data-count', String(openBefore), { timeout: 10_000 });
  await desk.getByText('全部', { exact: true }).click();
  await expect(desk.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"]`).getByTestId('alert-outcome')).toContainText('已转为案件');
  await shot(desk, 'alerts-03-console-case');
  // The wall shows it handled, greyed, by push.
  await expect(wall.locator(`[data-testid="wall-alert"][data-alert-id="${alertId}"]`)).toHaveAttribute('data-status', 'acknowledged', { timeout: 10_000 });
  // Contexts made from the browser outlive the test (the browser is the worker's): a 4K wall
  // left open would draw for every spec after this one.
  await wall.context().close();
  await desk.context().close();
});
