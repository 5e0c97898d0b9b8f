// Briefing mode end to end: a leader opens the briefing for last month from the console,
// steps through the slides with the keyboard, leaves with Esc; the deck prints to an
// A4-landscape PDF whose text holds the headings and none of the residents', reporters'
// or staff's names and numbers (sampled through the API as a dispatcher would see them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { IndicatorRow } from '../../src/shared/indicators';
import type { BuildingDetail, CaseDetail, GridDetail, MapBase } from '../../src/shared/views';
import type { CaseQueueResult } from '../../src/shared/cases';
import { openUnlockScreen, screenshot, unlock } from './driver';

const OUT = join('test-results', 'briefing');
const HEADINGS = ['运行态势研判简报', '总体态势', '案件趋势', '热点区域', '热点 1：', '问题类别与变化', '超期与督办案件', '网格工作排名', '部门工作排名', '党建引领'];

/** One API call from inside the page, with the page's own session. */
async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('streetops.token');
      const res = await fetch(`/api/call/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(i) });
      const body = (await res.json()) as { ok: boolean; result?: unknown; error?: unknown };
      if (!body.ok) throw new Error(`${m}: ${JSON.stringify(body.error)}`);
      return body.result;
    },
    [method, input] as const,
  ) as Promise<T>;
}

async function slide(page: Page): Promise<{ n: number; kind: string }> {
  const deck = page.getByTestId('briefing-deck');
  return { n: Number(await deck.getAttribute('data-slide')), kind: (await deck.getAttribute('data-slide-kind')) ?? '' };
}

async function press(page: Page, key: string, expected: number): Promise<void> {
  await page.keyboard.press(key);
  await expect(page.getByTestId('briefing-deck')).toHaveAttribute('data-slide', String(expected));
}

async function waitForLiveMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__streetopsMap?.isIdle() === true && document.querySelector('.briefing-page[data-current="true"] .briefing-live-map [data-map-ready="true"]') !== null, undefined, {
    timeout: 90_000,
    polling: 100,
  });
}

/** Personal data as the console shows it to a dispatcher: residents of some buildings, reporters of some cases, grid staff. */
async function personalSample(page: Page): Promise<{ names: string[]; numbers: string[] }> {
  const base = await call<MapBase>(page, 'map.base', {});
  const names = new Set<string>();
  const numbers = new Set<string>();
  const homes = base.buildings.features.filter((f) => f.properties.households > 0).slice(0, 12);
  for (const b of homes) {
    const detail = await call<BuildingDetail>(page, 'building.detail', { id: b.properties.id });
    for (const h of detail.households) for (const m of h.members) {
      names.add(m.name);
      if (m.phone) numbers.add(m.phone);
    }
  }
  const queue = await call<CaseQueueResult>(page, 'case.queue', { queue: 'all', limit: 60 });
  for (const row of queue.items.slice(0, 60)) {
    const c = await call<CaseDetail>(page, 'case.detail', { id: row.id });
    if (c.reporterName) names.add(c.reporterName);
    if (c.reporterPhone) numbers.add(c.reporterPhone);
  }
  for (const g of base.grids.features) {
    const detail = await call<GridDetail>(page, 'grid.detail', { id: g.properties.id });
    for (const s of detail.staff) {
      names.add(s.name);
      numbers.add(s.phone);
    }
  }
  // Two-character names can be part of a place name (华庭, 龙腾); three or more cannot by chance.
  return { names: [...names].filter((n) => Array.from(n).length >= 3), numbers: [...numbers] };
}

test('a leader presents last month’s briefing and exports it as a PDF without personal data', async ({ page, browser }) => {
  await openUnlockScreen(page);
  await unlock(page, 'leader', 'streetops');
  await expect(page.getByTestId('current-user')).toContainText('街道领导');

  // From the console header into briefing mode: last month, the whole street.
  await page.getByTestId('briefing-open').click();
  await expect(page.getByTestId('briefing-picker')).toBeVisible();
  await page.getByTestId('briefing-period-month').click();
  await expect(page.getByTestId('briefing-period-summary')).toContainText('对比上期');
  await page.getByTestId('briefing-build').click();
  const deck = page.getByTestId('briefing-deck');
  await expect(deck).toBeVisible({ timeout: 60_000 });
  await expect(deck).toHaveAttribute('data-maps-ready', 'true', { timeout: 120_000 });
  expect(page.url()).toMatch(/\/briefing\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-01$/);
  const slides = Number(await deck.getAttribute('data-slides'));
  expect(slides).toBeGreaterThanOrEqual(9);
  expect(await slide(page)).toEqual({ n: 1, kind: 'cover' });

  // The overview's on-time rate is computeIndicators' for the same month.
  await press(page, 'ArrowRight', 2);
  const search = new URL(page.url()).searchParams;
  const day = (d: string) => Date.parse(`${d}T00:00:00+08:00`);
  const rows = await call<IndicatorRow[]>(page, 'indicators.compute', { from: day(search.get('from')!), to: day(search.get('to')!) });
  const total = rows.find((r) => r.kind === 'total')!;
  await expect(page.getByTestId('briefing-kpi-onTimeRate')).toContainText(total.onTimeRate === null ? '—' : `${(total.onTimeRate * 100).toFixed(1)}%`);
  await expect(page.getByTestId('briefing-kpi-reported')).toContainText(`${total.reported.toLocaleString('en-US')} 件`);
  await screenshot(page, '30-briefing-overview');

  // Keyboard: space and PageDown forward, PageUp and ← back, End and Home to the ends.
  await press(page, ' ', 3);
  await press(page, 'PageDown', 4);
  expect((await slide(page)).kind).toBe('hotSpots');
  await waitForLiveMap(page);
  await expect(page.getByTestId('briefing-hotspot').first()).toBeVisible();
  await screenshot(page, '31-briefing-hotspots');
  await press(page, 'PageUp', 3);
  await press(page, 'ArrowLeft', 2);
  await press(page, 'End', slides);
  expect((await slide(page)).kind).toBe('party');
  await press(page, 'ArrowRight', slides);
  await press(page, 'Home', 1);
  await press(page, 'ArrowLeft', 1);

  // Speaker notes open and close with N.
  await page.keyboard.press('n');
  await expect(page.getByTestId('briefing-notes')).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByTestId('briefing-notes')).toHaveCount(0);

  // The PDF: one A4-landscape page per slide, maps as images.
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const pdf = join(OUT, 'briefing.pdf');
  await page.pdf({ path: pdf, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slides);
  expect(info).toMatch(/Page size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const heading of HEADINGS) expect(text, heading).toContain(heading);
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(OUT, 'page')]);
  expect(readdirSync(OUT).filter((f) => f.endsWith('.png'))).toHaveLength(slides);
  // The map slides carry their map as an image.
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images.length).toBeGreaterThanOrEqual(2);

  // No personal data: names and numbers a dispatcher sees in the console are not in the PDF.
  const dispatcherContext = await browser.newContext();
  const desk = await dispatcherContext.newPage();
  await openUnlockScreen(desk);
  await unlock(desk, 'dispatcher', 'streetops');
  await expect(desk.getByTestId('current-user')).toBeVisible();
  const sample = await personalSample(desk);
  await dispatcherContext.close();
  expect(sample.names.length).toBeGreaterThan(100);
  expect(sample.numbers.length).toBeGreaterThan(100);
  const flat = text.replace(/\s+/g, '');
  for (const name of sample.names) expect(flat.includes(name), `name ${name} in the PDF`).toBe(false);
  for (const number of sample.numbers) expect(flat.includes(number.replace(/\s+/g, '')), `number ${number} in the PDF`).toBe(false);
  expect(flat).not.toMatch(/1[3-9]\d{9}/); // no mobile number at all
  expect(flat).not.toMatch(/\d{17}[\dX]/); // no ID number at all

  // Esc leaves the deck for the picker; from there, back to the console.
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page.getByTestId('briefing-picker')).toBeVisible();
  expect(page.url()).toMatch(/\/briefing$/);
  await page.getByTestId('briefing-back').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
});
