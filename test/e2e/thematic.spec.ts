// 专题图 end to end in Chromium against the browser shell: a grid metric turns the grid
// fill into a data-driven choropleth whose legend and values are thematic.grids' own;
// the case heat map draws the period's cases; the 15-minute service circles are drawn
// and the households left outside are the ones coverage.compute counts. Screenshots at
// 1920×1080 go to test-results/screenshots/thematic-*.png.
import { expect, test, type Page } from '@playwright/test';
import { FACILITY_KINDS } from '../../src/shared/domain';
import type { CaseHeat, CoverageResult, ThematicGrids } from '../../src/shared/thematic';
import { apiCall, layerVisible, openUnlockScreen, renderedCount, screenshot, unlock, waitForMapIdle } from './driver';

async function chooseMetric(page: Page, label: string): Promise<void> {
  await page.getByTestId('thematic-metric').click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await waitForMapIdle(page);
}

async function shownPeriod(page: Page): Promise<{ from: number; to: number }> {
  const section = page.getByTestId('thematic-section');
  return { from: Number(await section.getAttribute('data-from')), to: Number(await section.getAttribute('data-to')) };
}

/** The properties of every feature a GeoJSON source of the live map holds (not only the rendered tiles). */
function sourceProperties(page: Page, source: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (id) => {
    const data = (await window.__streetopsMap!.map.getSource<import('maplibre-gl').GeoJSONSource>(id)!.getData()) as GeoJSON.FeatureCollection;
    return data.features.map((f) => f.properties ?? {});
  }, source);
}

/** The grid fill's paint and the metric value each grid feature carries, read from the live map. */
async function gridFill(page: Page): Promise<{ color: unknown; values: Record<string, number | null> }> {
  const values: Record<string, number | null> = {};
  for (const p of await sourceProperties(page, 'grids')) values[String(p['id'])] = typeof p['thematicValue'] === 'number' ? p['thematicValue'] : null;
  return { color: await page.evaluate(() => window.__streetopsMap!.map.getPaintProperty('grid-fill', 'fill-color')), values };
}

/** Lays the panel's scroll at the thematic section so the screenshot shows the legend beside the map. */
async function showSection(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
}

/** Nothing in the layer panel sticks out of it sideways or is cut off. */
function panelOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('aside')!.getBoundingClientRect();
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="thematic-section"] *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < panel.left - 1 || r.right > panel.right + 1) problems.push(`${el.tagName} "${el.innerText?.slice(0, 20)}" sticks out of the panel`);
      if (el.children.length === 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') problems.push(`"${el.innerText?.slice(0, 20)}" is cut off`);
    }
    return problems;
  });
}

test('a leader colours the grids by a metric, reads the case heat and the 15-minute service circles', async ({ page }) => {
  await openUnlockScreen(page);
  await unlock(page, 'leader', 'streetops');
  await waitForMapIdle(page);

  // 住户数: the fill becomes a step expression over each grid's joined value.
  const before = await gridFill(page);
  expect(JSON.stringify(before.color)).toContain('colorIndex');
  await chooseMetric(page, '住户数');
  const legend = page.getByTestId('thematic-legend');
  await expect(legend).toHaveAttribute('data-metric', 'households');
  const period = await shownPeriod(page);
  const grids = await apiCall<ThematicGrids>(page, 'thematic.grids', period);
  const households = grids.layers.find((l) => l.metric === 'households')!;
  const fill = await gridFill(page);
  expect(fill.color).toEqual(expect.arrayContaining(['case']));
  expect(JSON.stringify(fill.color)).toContain(JSON.stringify(['step', ['get', 'thematicValue']]).slice(1, -1));
  for (const b of households.breaks) expect(JSON.stringify(fill.color)).toContain(`,${b},`);
  for (const g of grids.grids) expect(fill.values[String(g.gridId)], `grid ${g.gridId}`).toBe(g.values.households);
  await expect(legend.getByTestId('thematic-legend-class')).toHaveCount(households.breaks.length + 1);
  await expect(legend.getByTestId('thematic-legend-class').first()).toContainText(`${households.min} – ${households.breaks[0]! - 1}`);
  await expect(page.getByTestId('thematic-footnote')).toContainText('分位数');
  expect(await renderedCount(page, ['grid-fill'])).toBeGreaterThan(0);
  expect(await panelOverflow(page)).toEqual([]);
  await screenshot(page, 'thematic-01-households');

  // 商户党组织覆盖率: a grid without tenants has no value and is grey in the legend too.
  await chooseMetric(page, '商户党组织覆盖率');
  await expect(legend).toHaveAttribute('data-metric', 'partyCoverage');
  const coverage = grids.layers.find((l) => l.metric === 'partyCoverage')!;
  const shown = await gridFill(page);
  for (const g of grids.grids) expect(shown.values[String(g.gridId)], `grid ${g.gridId}`).toBe(g.values.partyCoverage ?? null);
  if (coverage.noData > 0) await expect(page.getByTestId('thematic-legend-nodata')).toContainText(`${coverage.noData} 个网格`);
  await expect(page.getByTestId('thematic-footnote')).toContainText('党建真空');
  await screenshot(page, 'thematic-02-party-coverage');

  // 千人案件数 over 近3个月: the period follows the choice and the footnote says which.
  await page.getByTestId('thematic-period').getByText('近3个月').click();
  await chooseMetric(page, '千人案件数');
  const quarter = await shownPeriod(page);
  expect(quarter.to - quarter.from).toBe(90 * 86_400_000);
  const perThousand = await apiCall<ThematicGrids>(page, 'thematic.grids', { ...quarter, metric: 'casesPer1000' });
  await expect(page.getByTestId('thematic-footnote')).toContainText('统计时段');
  const rate = await gridFill(page);
  for (const g of perThousand.grids) expect(rate.values[String(g.gridId)], `grid ${g.gridId}`).toBe(g.values.casesPer1000 ?? null);

  // 案件热力 over the same period: the heat layer draws the period's case cells.
  await page.getByTestId('thematic-heat-toggle').click();
  await waitForMapIdle(page);
  expect(await layerVisible(page, 'case-heat')).toBe(true);
  const heat = await apiCall<CaseHeat>(page, 'thematic.caseHeat', quarter);
  await expect(page.getByTestId('thematic-heat-total')).toHaveAttribute('data-total', String(heat.total));
  const drawn = (await sourceProperties(page, 'case-heat-points')).reduce((s, p) => s + Number(p['w']), 0);
  expect(drawn).toBe(heat.total);
  expect(await renderedCount(page, ['case-heat'])).toBeGreaterThan(0);
  await page.getByTestId('thematic-heat-class').getByText('事件').click();
  const events = await apiCall<CaseHeat>(page, 'thematic.caseHeat', { ...quarter, categoryClass: 'event' });
  await expect(page.getByTestId('thematic-heat-total')).toHaveAttribute('data-total', String(events.total));
  expect(events.total).toBeLessThan(heat.total);
  await waitForMapIdle(page);
  await chooseMetric(page, '不显示');
  await expect(legend).toHaveCount(0);
  expect(JSON.stringify((await gridFill(page)).color)).toContain('colorIndex');
  await screenshot(page, 'thematic-03-case-heat');
  await page.getByTestId('thematic-heat-toggle').click();
  await waitForMapIdle(page);
  expect(await layerVisible(page, 'case-heat')).toBe(false);

  // 15分钟服务圈 with every kind, then volunteer points only.
  await page.getByTestId('thematic-coverage-toggle').click();
  await waitForMapIdle(page);
  const all = await apiCall<CoverageResult>(page, 'coverage.compute', { kinds: [...FACILITY_KINDS] });
  await expect(page.getByTestId('coverage-summary')).toHaveAttribute('data-outside', String(all.totals.outside));
  expect(await layerVisible(page, 'service-circle-fill')).toBe(true);
  expect(await renderedCount(page, ['service-circle-outline'])).toBeGreaterThan(0);
  expect((await sourceProperties(page, 'service-circles')).map((p) => p['facilityId'])).toEqual(all.circles.features.map((f) => f.properties.facilityId));
  await expect(page.getByTestId('coverage-footnote')).toContainText('800 米');
  await expect(page.getByTestId('coverage-footnote')).toContainText('GB 50180-2018');
  await page.getByTestId('overlay-toggle-facilities').click();
  await waitForMapIdle(page);
  await showSection(page, 'coverage-footnote');
  expect(await panelOverflow(page)).toEqual([]);
  await screenshot(page, 'thematic-04-coverage-all');

  await page.getByTestId('coverage-kind-party_service_center').click();
  await page.getByTestId('coverage-kind-convenience_station').click();
  const volunteer = await apiCall<CoverageResult>(page, 'coverage.compute', { kinds: ['volunteer_point'] });
  await expect(page.getByTestId('coverage-summary')).toHaveAttribute('data-outside', String(volunteer.totals.outside));
  await waitForMapIdle(page);
  // The list holds the grids with households outside, most first, as the API counts them.
  const rows = volunteer.grids.filter((g) => g.outside > 0);
  await expect(page.getByTestId('coverage-row')).toHaveCount(rows.length);
  for (const [i, r] of rows.entries()) await expect(page.getByTestId('coverage-row').nth(i)).toHaveAttribute('data-outside', String(r.outside));
  expect((await sourceProperties(page, 'outside-buildings')).map((p) => p['buildingId'])).toEqual(volunteer.outsideBuildings.features.map((f) => f.properties.buildingId));
  if (rows.length > 0) {
    await page.getByTestId('coverage-row').first().click();
    await expect(page.getByTestId('detail-title')).toContainText(rows[0]!.name);
    await waitForMapIdle(page);
  }
  await screenshot(page, 'thematic-05-coverage-volunteer');

  // Every kind unticked: no circles and a prompt to choose one.
  await page.getByTestId('coverage-kind-volunteer_point').click();
  await expect(page.getByTestId('coverage-panel')).toContainText('请至少选择一类服务阵地');
  await waitForMapIdle(page);
  expect(await layerVisible(page, 'service-circle-fill')).toBe(false);

  // In English, the longer wording still fits the panel.
  await page.getByTestId('coverage-kind-volunteer_point').click();
  await chooseMetric(page, '居住党员数');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('thematic-footnote')).toContainText('member roll');
  await waitForMapIdle(page);
  await showSection(page, 'thematic-section');
  expect(await panelOverflow(page)).toEqual([]);
  await screenshot(page, 'thematic-06-english');
  await page.getByTestId('language-switch').getByText('中文').click();
});
