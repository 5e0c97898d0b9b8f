// 考核指标 and 导出台账 on the dispatch desk, end to end: a dispatcher opens the indicators
// for last month by grid and finds the table's 合计 row equal to indicators.compute's own
// total for the same query; switches to communities and follows a community into the
// queue; then exports last month's ledger and gets an .xlsx (a zip: it starts with 'PK').
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatIndicator, INDICATOR_COLUMNS } from '../../src/renderer/dispatch/indicators/indicatorTable';
import type { IndicatorRow } from '../../src/shared/indicators';
import { E2E_ANCHOR_MS } from './anchor';
import { openDispatch } from './caseDriver';
import { openUnlockScreen, screenshot, unlock, waitForMapIdle, apiCall } from './driver';

const BEIJING_MS = 8 * 3_600_000;

/** Last calendar month in Beijing time, worked out here rather than by the app. */
function lastMonth(now: number): { from: number; to: number; first: string; last: string } {
  const beijing = new Date(now + BEIJING_MS);
  const y = beijing.getUTCFullYear();
  const m = beijing.getUTCMonth();
  const from = Date.UTC(y, m - 1, 1) - BEIJING_MS;
  const to = Date.UTC(y, m, 1) - BEIJING_MS;
  const day = (ms: number) => new Date(ms + BEIJING_MS).toISOString().slice(0, 10);
  return { from, to, first: day(from), last: day(to - 1) };
}


/** Waits until the table shows the answer to this grouping and period. */
async function expectShown(modal: Locator, groupBy: string, period: { from: number; to: number }): Promise<void> {
  const result = modal.getByTestId('indicators-result');
  await expect(result).toHaveAttribute('data-state', 'ok');
  await expect(result).toHaveAttribute('data-group-by', groupBy);
  await expect(result).toHaveAttribute('data-from', String(period.from));
  await expect(result).toHaveAttribute('data-to', String(period.to));
}

/** Waits out a modal's opening transition, so a screenshot shows it, not its fade. */
async function settled(dialog: Locator): Promise<void> {
  await expect(dialog).toHaveCSS('opacity', '1');
  // Mantine leaves the identity matrix behind once its slide has finished.
  await expect(dialog).toHaveCSS('transform', /^(none|matrix\(1, 0, 0, 1, 0, 0\))$/);
}

/** The figures of a table row read as the API's numbers, and checked as the table writes them. */
async function expectRowMatches(row: Locator, expected: IndicatorRow): Promise<void> {
  for (const column of INDICATOR_COLUMNS) {
    const cell = row.locator(`[data-col="${column.key}"]`);
    await expect(cell, column.key).toHaveText(formatIndicator(expected[column.key], column.format));
    await expect(cell, column.key).toHaveAttribute('data-value', String(expected[column.key] ?? ''));
  }
}

test('the desk shows last month’s indicators by grid and community, and exports its ledger', async ({ page }) => {
  await openUnlockScreen(page);
  await unlock(page, 'dispatcher', 'streetops');
  await waitForMapIdle(page);
  await openDispatch(page);
  const month = lastMonth(E2E_ANCHOR_MS);

  // 考核指标 for 上月, by 网格.
  await page.getByTestId('desk-indicators').click();
  const modal = page.getByRole('dialog');
  await expect(modal).toContainText('考核指标');
  await modal.getByTestId('indicators-period').getByText('上月', { exact: true }).click();
  await modal.getByTestId('indicators-groupby').getByText('网格', { exact: true }).click();
  await expect(modal.getByTestId('indicators-period-days')).toHaveText(`${month.first} 至 ${month.last}`);
  await expectShown(modal, 'grid', month);

  const byGrid = await apiCall<IndicatorRow[]>(page, 'indicators.compute', { from: month.from, to: month.to, groupBy: 'grid', scope: { kind: 'street' } });
  const total = byGrid.at(-1)!;
  expect(total.kind).toBe('total');
  // A demo street has cases every month: an all-zero total would prove nothing.
  expect(total.due).toBeGreaterThan(0);
  await expect(modal.getByTestId('indicator-row')).toHaveCount(byGrid.length - 1);
  const totalRow = modal.getByTestId('indicator-total');
  await expect(totalRow.locator('[data-col="label"]')).toHaveText('合计');
  await expectRowMatches(totalRow, total);
  // Every column the assessment asks for is there, and the definitions under the table.
  for (const heading of ['立案数', '应结案数', '结案数', '结案率', '按期结案数', '按期结案率', '返工率', '延期率', '超期未结案数', '平均处置时长(小时)', '满意度']) {
    await expect(modal.getByRole('columnheader', { name: heading, exact: true })).toBeVisible();
  }
  await expect(modal.getByTestId('indicators-notes')).toContainText('结案率 = 结案数 ÷（应结案数 − 延期数）');

  // Sorting by 按期结案率 puts the worst grid first and leaves 合计 at the bottom.
  await modal.getByTestId('indicators-sort-onTimeRate').click();
  await modal.getByTestId('indicators-sort-onTimeRate').click();
  const rates = byGrid.filter((r) => r.kind === 'grid' && r.onTimeRate !== null).map((r) => r.onTimeRate!);
  await expect(modal.getByTestId('indicator-row').first().locator('[data-col="onTimeRate"]')).toHaveText(formatIndicator(Math.min(...rates), 'rate'));
  await expectRowMatches(totalRow, total);
  // Low on-time rates stand out.
  if (rates.some((r) => r < 0.9)) await expect(modal.locator('[data-col="onTimeRate"][data-tone]').first()).toBeVisible();
  await settled(modal);
  await screenshot(page, '19-indicators');

  // By 处置人: staff and departments, many rows; the 合计 row stays in view at the bottom.
  await modal.getByTestId('indicators-groupby').getByText('处置人', { exact: true }).click();
  await expectShown(modal, 'handler', month);
  await expectRowMatches(modal.getByTestId('indicator-total'), total);
  // The cells are sticky, not the row: the row's own box stays where it scrolled to.
  await expect(modal.getByTestId('indicator-total').locator('td').first()).toBeInViewport();
  await screenshot(page, '19-indicators-handler');

  // By 社区: one row per community, the same total.
  await modal.getByTestId('indicators-groupby').getByText('社区', { exact: true }).click();
  await expectShown(modal, 'community', month);
  const byCommunity = await apiCall<IndicatorRow[]>(page, 'indicators.compute', { from: month.from, to: month.to, groupBy: 'community', scope: { kind: 'street' } });
  await expect(modal.getByTestId('indicator-row')).toHaveCount(byCommunity.length - 1);
  await expectRowMatches(modal.getByTestId('indicator-total'), byCommunity.at(-1)!);
  expect(byCommunity.at(-1)!.due).toBe(total.due);
  const firstCommunity = byCommunity[0]!;
  await expectRowMatches(modal.locator(`[data-testid="indicator-row"][data-key="${firstCommunity.key}"]`), firstCommunity);
  await screenshot(page, '19-indicators-community');

  // Scoped to that community, the total is the community's row.
  await modal.getByTestId('indicators-scope').click();
  await page.getByRole('option', { name: firstCommunity.label, exact: true }).click();
  await expect(modal.getByTestId('indicator-row')).toHaveCount(1);
  await expect(modal.getByTestId('indicators-result')).toHaveAttribute('data-state', 'ok');
  await expectRowMatches(modal.getByTestId('indicator-total'), firstCommunity);

  // A community row leads to its cases in the queue.
  await modal.locator(`[data-testid="indicator-row"][data-key="${firstCommunity.key}"]`).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('queue-filter-community')).toHaveValue(firstCommunity.label);
  await expect(page.getByTestId('desk-flash')).toContainText(firstCommunity.label);

  // 导出台账 for 上月 (the period chosen above carries over): an .xlsx downloads.
  await page.getByTestId('desk-ledger').click();
  const ledger = page.getByRole('dialog');
  await expect(ledger).toContainText('导出案件台账');
  await ledger.getByTestId('ledger-period').getByText('上月', { exact: true }).click();
  await expect(ledger.getByTestId('ledger-period-days')).toHaveText(`${month.first} 至 ${month.last}`);
  await settled(ledger);
  await screenshot(page, '19-ledger');
  const downloading = page.waitForEvent('download');
  await ledger.getByTestId('ledger-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^案件台账_.*\.xlsx$/);
  expect(download.suggestedFilename()).toContain(`${month.first}_${month.last}`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('desk-flash')).toContainText('台账已导出');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
