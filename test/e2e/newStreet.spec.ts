// A street of its own from the first start (issue #12, item 1), in Chromium against a server
// of its own on a fresh data directory: the first screen offers the demo or a new street;
// 新建街道 with the street's codes and first administrator; that administrator signs in and
// is shown the setup checklist; the boundary and communities go in (as files, through the
// API), the grids through the checklist's link to the GIS import, the footprints (API), the
// residents through its link to the register import; the checklist turns green.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiCall, chooseOption, renderedCount, unlock, waitForConsole, waitForDialogs, waitForMapIdle } from './driver';
import { buildingsGeoJson, communitiesGeoJson, gridsGeoJson, NEW_STREET, residentsWorkbook, streetGeoJson } from '../helpers/newStreetFixtures';

const PORT = Number(process.env.E2E_PORT ?? 7791) + 3;
const SHOTS = process.env.STREETOPS_SHOTS ?? '/tmp/shots-hC';

let server: ChildProcess | null = null;
let data = '';
let files = '';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test.afterEach(async () => {
  if (server?.pid) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  server = null;
  for (const dir of [data, files]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function startServer(): Promise<string> {
  const lines: string[] = [];
  return new Promise<string>((resolve, reject) => {
    // No --demo: a fresh directory waits for the first screen's choice.
    server = spawn(join('node_modules', '.bin', 'tsx'), ['src/main/serve/cli.ts', '--data', data, '--port', String(PORT), '--renderer', join(process.env.STREETOPS_OUT ?? 'out', 'renderer'), '--anchor', '2026-11-20T10:00:00+08:00'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        const m = /serving on (http:\/\/\S+)/.exec(line);
        if (m) resolve(m[1]!);
      }
    });
    server.stderr?.setEncoding('utf8').on('data', (chunk: string) => lines.push(`stderr: ${chunk}`));
    server.once('exit', (code) => reject(new Error(`serve exited (${code}) before serving:\n${lines.join('\n')}`)));
  });
}

async function closeModal(modal: Locator): Promise<void> {
  await modal.locator('.mantine-Modal-close').click();
  await expect(modal.locator(".mantine-Modal-content")).toBeHidden();
}

/** A GIS file imported as the checklist's earlier steps would (preview, then commit with its digest). */
async function importGis(page: Page, layer: string, name: string, bytes: Buffer): Promise<void> {
  const file = { name, base64: bytes.toString('base64') };
  const preview = await apiCall<{ digest: string; fileProblems: unknown[] }>(page, 'gis.preview', { layer, file });
  expect(preview.fileProblems).toEqual([]);
  await apiCall(page, 'gis.commit', { layer, file, digest: preview.digest });
}

test('a new street from the first start: its administrator imports grids and residents and the checklist turns green', async ({ page }) => {
  // About 50 s on a quiet machine; the shared CI machine runs it several times slower.
  test.setTimeout(240_000);
  data = mkdtempSync(join(tmpdir(), 'streetops-e2e-new-street-'));
  rmSync(data, { recursive: true, force: true });
  files = mkdtempSync(join(tmpdir(), 'streetops-e2e-new-street-files-'));
  const gridsFile = join(files, '网格.geojson');
  writeFileSync(gridsFile, gridsGeoJson());
  const residentsFile = join(files, '新桥社区居民台账.xlsx');
  writeFileSync(residentsFile, await residentsWorkbook());

  const started = Date.now();
  // Where the time goes (logged, never asserted): the server's start, the first street, each import.
  const mark = (what: string) => console.info(`new street: ${what} at ${Date.now() - started} ms`);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // MapLibre reports a refused style change (a layer it will not add) on the console, not as a page error.
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const url = await startServer();
  mark('serving');
  await page.goto(url);
  const choice = page.getByTestId('first-start');
  await expect(choice).toBeVisible();
  await expect(page.getByTestId('first-start-demo')).toBeEnabled();
  await expect(page.getByTestId('first-start-dir')).toContainText(data);
  await shot(page, 'new-street-01-choice');

  // 新建街道: a code that is not the district's is worded at its field, and nothing is made.
  await page.getByTestId('first-start-new').click();
  const form = page.getByTestId('new-street-form');
  for (const field of ['streetName', 'district', 'city', 'adminCode', 'username', 'displayName'] as const) await form.getByTestId(`new-street-${field}`).fill(NEW_STREET[field]);
  await form.getByTestId('new-street-streetCode').fill('110105001');
  await form.getByTestId('new-street-password').fill(NEW_STREET.password);
  await form.getByTestId('new-street-confirm').fill(NEW_STREET.password);
  await form.getByTestId('new-street-submit').click();
  await expect(form).toContainText('街道代码应以区县代码 500107 开头');
  await form.getByTestId('new-street-streetCode').fill(NEW_STREET.streetCode);
  await shot(page, 'new-street-02-form');
  await form.getByTestId('new-street-submit').click();

  // The street exists, locked: its name on the unlock screen, its administrator signs in.
  await expect(page.getByTestId('unlock-username')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('新桥街道').first()).toBeVisible();
  mark('street created');
  await unlock(page, NEW_STREET.username, NEW_STREET.password);
  await waitForConsole(page);
  mark('console');

  // A new street's administrator is shown the checklist at once: every required step missing.
  const modal = page.getByTestId('setup-modal');
  const list = modal.getByTestId('setup-checklist');
  await expect(list).toHaveAttribute('data-complete', 'false', { timeout: 30_000 });
  await expect(list.getByTestId('setup-step-grids')).toHaveAttribute('data-state', 'missing');
  await waitForDialogs(page);
  await shot(page, 'new-street-03-checklist-empty');
  mark('checklist shown');
  await closeModal(modal);

  // The boundary and the communities, as the district's files.
  await importGis(page, 'street', '街道边界.geojson', streetGeoJson());
  await importGis(page, 'communities', '社区.geojson', communitiesGeoJson());

  mark('boundary and communities imported');
  // The grids: from the checklist's own link into the GIS import, on the grids layer.
  await page.getByTestId('current-user').click();
  await page.getByTestId('menu-setup').click();
  await expect(list.getByTestId('setup-step-boundary')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await list.getByTestId('setup-open-grids').click();
  const gis = page.getByTestId('gis-modal');
  await expect(gis.getByTestId('gis-layer')).toHaveValue('网格');
  await gis.locator('input[type="file"]').setInputFiles(gridsFile);
  await gis.getByTestId('gis-preview').click();
  await expect(gis.getByTestId('gis-counts')).toContainText('共 4 个要素：新增 4');
  await expect(gis.getByTestId('gis-file-problems')).toHaveCount(0);
  await shot(page, 'new-street-04-grids-preview');
  mark('grids previewed');
  await gis.getByTestId('gis-commit').click();
  await expect(gis.getByTestId('gis-feedback')).toContainText('已导入', { timeout: 60_000 });
  await closeModal(gis);
  await expect(list.getByTestId('setup-step-grids')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await closeModal(modal);
  // The map opened on the empty street draws what was imported while it stayed open
  // (boundary, communities, grids), without signing in again.
  await waitForMapIdle(page);
  await expect.poll(() => renderedCount(page, ['grid-fill']), { timeout: 30_000 }).toBeGreaterThan(0);
  for (const layer of ['community-outline', 'street-boundary-line']) expect(await renderedCount(page, [layer]), layer).toBeGreaterThan(0);
  await shot(page, 'new-street-04b-grids-drawn');

  mark('grids imported');
  // The footprints, then the residents through the checklist's link to the register import.
  await importGis(page, 'buildings', '楼栋.geojson', buildingsGeoJson());
  await page.getByTestId('current-user').click();
  await page.getByTestId('menu-setup').click();
  await expect(list.getByTestId('setup-step-buildings')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await list.getByTestId('setup-open-residents').click();
  const imp = page.getByTestId('import-modal');
  await expect(imp.getByTestId('import-register')).toHaveValue('居民台账（含户）');
  await chooseOption(page, 'import-community', '新桥社区');
  await imp.locator('input[type="file"]').setInputFiles(residentsFile);
  await imp.getByTestId('import-preview').click();
  await expect(imp.getByTestId('import-preview-result')).toBeVisible({ timeout: 30_000 });
  mark('residents previewed');
  await imp.getByTestId('import-commit').click();
  await expect(imp.getByTestId('import-result')).toHaveAttribute('data-added', '3', { timeout: 30_000 });
  await imp.getByTestId('import-close').click();

  // Back on the checklist, checked again: green.
  await expect(list).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  for (const step of ['boundary', 'communities', 'grids', 'buildings', 'residents']) await expect(list.getByTestId(`setup-step-${step}`)).toHaveAttribute('data-state', 'done');
  await expect(list.getByTestId('setup-step-residents')).toContainText('3 条');
  await waitForDialogs(page);
  await shot(page, 'new-street-05-checklist-green');
  mark('checklist green');

  // Signed in again, the console opens on the street it now is: its four grids on the map.
  await closeModal(modal);
  await page.getByTestId('lock-button').click();
  await unlock(page, NEW_STREET.username, NEW_STREET.password);
  await waitForConsole(page);
  await waitForMapIdle(page);
  await expect.poll(() => renderedCount(page, ['grid-fill'])).toBeGreaterThan(0);
  await shot(page, 'new-street-06-map');
  // No page errors, and no style change MapLibre refused (it says so on the console).
  expect(errors).toEqual([]);
});
