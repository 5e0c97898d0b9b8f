// Named to run last (the suite runs files in name order on one shared street): the 12 footprints
// it imports stay in the street; they are laid clear of its own buildings, so none covers one.
// GIS import end to end in Chromium: an administrator imports the street's grids as a
// Shapefile in GCJ-02 (the .prj names it) and building footprints as GeoJSON in CGCS2000,
// sees each preview drawn over the saved grids with no problems, commits, and the map
// carries the new footprints.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Polygon } from 'geojson';
import { apiCall, chooseOption, openUnlockScreen, unlock, waitForConsole } from './driver';
import { footprintsIn, geoJsonIn, gridShapefile, type DemoGrid } from '../helpers/gisFixtures';

const SHOTS = '/tmp/shots-h5';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('an administrator imports grids in GCJ-02 and footprints in CGCS2000, previewed clean, and the map shows them', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'streetops-e2e-gis-'));
  try {
    await openUnlockScreen(page);
    await unlock(page, 'admin', 'streetops');
    await waitForConsole(page);

    const editsBefore = Math.max(0, ...(await apiCall<{ id: number }[]>(page, 'grid.history', {})).map((e) => e.id));
    // The files a district GIS office would hand over, made from the street's own outlines.
    const exported = await apiCall<{ base64: string }>(page, 'gis.export', { layer: 'grids', format: 'geojson', crs: 'EPSG:4326' });
    const collection = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8')) as { features: { geometry: Polygon; properties: { CODE: string; NAME: string; COMMUNITY: string } }[] };
    const grids: DemoGrid[] = collection.features.map((f, i) => ({ id: i + 1, code: f.properties.CODE, name: f.properties.NAME, communityCode: f.properties.COMMUNITY, boundary: f.geometry }));
    const gridZip = join(dir, '网格_GCJ02.zip');
    writeFileSync(gridZip, await gridShapefile(grids, 'GCJ-02', { encoding: 'gbk' }));
    // Laid clear of the street's own buildings, so none is hidden from a later click.
    const own = await apiCall<{ base64: string }>(page, 'gis.export', { layer: 'buildings', format: 'geojson', crs: 'EPSG:4326' });
    const ownFootprints = (JSON.parse(Buffer.from(own.base64, 'base64').toString('utf8')) as { features: { geometry: Polygon }[] }).features.map((f) => f.geometry);
    const footprints = footprintsIn(grids[0]!.boundary, 12, 1, 'E2E-', ownFootprints);
    expect(footprints).toHaveLength(12);
    const buildingsFile = join(dir, '楼栋_CGCS2000.geojson');
    writeFileSync(buildingsFile, geoJsonIn(footprints, 'EPSG:4490'));
    const before = (await apiCall<{ ids: number[] }>(page, 'map.buildings', {})).ids.length;

    await page.getByTestId('current-user').click();
    await page.getByTestId('menu-gis').click();
    const modal = page.getByTestId('gis-modal');
    await expect(modal.getByTestId('gis-preview')).toBeVisible();

    // Grids: the .prj says GCJ-02, the attributes are GBK, every grid matches its code.
    await modal.locator('input[type="file"]').setInputFiles(gridZip);
    await modal.getByTestId('gis-preview').click();
    await expect(modal.getByTestId('gis-counts')).toContainText(`共 ${grids.length} 个要素：新增 0，更新 ${grids.length}，移除 0`);
    await expect(modal.getByTestId('gis-crs')).toHaveValue(/按文件.*GCJ-02/);
    await expect(modal.getByTestId('gis-file-problems')).toHaveCount(0);
    await expect(modal.getByTestId('gis-map-code')).toHaveValue('网格编码');
    await expect(modal.getByTestId('gis-preview-map').locator('path')).toHaveCount(grids.length * 2);
    await shot(page, 'gis-01-grids-preview');
    await modal.getByTestId('gis-commit').click();
    await expect(modal.getByTestId('gis-feedback')).toContainText('已导入', { timeout: 60_000 });

    // Footprints: GeoJSON with a CGCS2000 crs member.
    await chooseOption(page, 'gis-layer', '楼栋轮廓');
    await modal.locator('input[type="file"]').setInputFiles(buildingsFile);
    await modal.getByTestId('gis-preview').click();
    await expect(modal.getByTestId('gis-counts')).toContainText('共 12 个要素：新增 12，更新 0');
    await expect(modal.getByTestId('gis-crs')).toHaveValue(/CGCS2000/);
    await expect(modal.getByTestId('gis-clean')).toBeVisible();
    await shot(page, 'gis-02-buildings-preview');
    await modal.getByTestId('gis-commit').click();
    await expect(modal.getByTestId('gis-feedback')).toContainText('已导入：新增 12', { timeout: 60_000 });

    await page.keyboard.press('Escape');
    await expect(modal.getByTestId('gis-preview')).toHaveCount(0);
    await expect.poll(async () => (await apiCall<{ ids: number[] }>(page, 'map.buildings', {})).ids.length).toBe(before + 12);
    await shot(page, 'gis-03-map-after');

    // The suite shares one street: the grids go back as they were (the import is a grid edit,
    // undone like one), so the specs after this one find the street's own outlines.
    for (;;) {
      const latest = (await apiCall<{ id: number; canUndo: boolean }[]>(page, 'grid.history', {})).find((e) => e.canUndo && e.id > editsBefore);
      if (!latest) break;
      await apiCall(page, 'grid.undo', { editId: latest.id });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
