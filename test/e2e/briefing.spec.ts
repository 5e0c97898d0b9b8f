// Briefing mode end to end: a leader opens the briefing for last month from the console,
// steps through the slides with the keyboard, leaves with Esc; the deck prints to an
// A4-landscape PDF whose text holds the headings and none of the residents', reporters'
// or staff's names and numbers (read from the street's database: every role's screens
// show residents masked now, so the full values come from the source).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { IndicatorRow } from '../../src/shared/indicators';
import { openStreetReadonly } from '../helpers/demoStreet';
import { openUnlockScreen, screenshot, unlock } from './driver';

const OUT = join('test-results', 'briefing');
/** The browser shell's data directory, as playwright.config.ts starts it. */
const DATA = join(tmpdir(), `streetops-e2e-${Number(process.env.E2E_PORT ?? 7791)}`);
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

/**
 * Personal data as stored in the street's database: residents' names, phones and ID
 * numbers, case reporters' names and phones, grid staff's names and phones. Also the
 * place, category and department names, which are not personal and are taken out of the
 * text before looking, so a name that happens to be part of one cannot match.
 */
async function personalSample(): Promise<{ names: string[]; numbers: string[]; places: string[] }> {
  const db = await openStreetReadonly(DATA);
  try {
    const strings = (sql: string) => (db.prepare(sql).pluck().all() as (string | null)[]).filter((v): v is string => typeof v === 'string' && v.length > 0);
    const names = new Set([
      ...strings('SELECT DISTINCT name FROM resident'),
      ...strings('SELECT DISTINCT reporter_name FROM case_file'),
      ...strings('SELECT DISTINCT name FROM grid_staff'),
    ]);
    const numbers = new Set([
      ...strings('SELECT phone FROM resident'),
      ...strings('SELECT id_number FROM resident'),
      ...strings('SELECT reporter_phone FROM case_file'),
      ...strings('SELECT phone FROM grid_staff'),
    ]);
    const places = strings(
      `SELECT name FROM street UNION SELECT district FROM street UNION SELECT name FROM community UNION SELECT name FROM grid UNION SELECT name FROM building
       UNION SELECT address FROM building UNION SELECT name FROM case_category UNION SELECT name FROM department`,
    ).sort((a, b) => b.length - a.length);
    // Two-character names can be part of a place name (华庭, 龙腾); three or more cannot by chance.
    return { names: [...names].filter((n) => Array.from(n).length >= 3), numbers: [...numbers], places };
  } finally {
    db.close();
  }
}

test('a leader presents last month’s briefing and exports it as a PDF without personal data', async ({ page }) => {
  // Capturing the maps took most of the 2-minute default here when other suites ran too.
  test.setTimeout(240_000);
  await openUnlockScreen(page);
  await unlock(page, 'leader', 'streetops');
  await expect(page.getByTestId('current-user')).toContainText('街道领导');

  // From the console header into briefing mode: last month, the whole street.
  await page.getByTestId('briefing-open').click();
  await expect(page.getByTestId('briefing-picker')).toBeVisible();
  await page.getByTestId('briefing-period-month').click();
  await expect(page.getByTestId('briefing-period-summary')).toContainText('对比上一个月');
  await page.getByTestId('briefing-build').click();
  const deck = page.getByTestId('briefing-deck');
  await expect(deck).toBeVisible({ timeout: 60_000 });
  await expect(deck).toHaveAttribute('data-maps-ready', 'true', { timeout: 120_000 });
  expect(page.url()).toMatch(/\/briefing\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-01$/);
  const slides = Number(await deck.getAttribute('data-slides'));
  expect(slides).toBeGreaterThanOrEqual(9);
  expect(await slide(page)).toEqual({ n: 1, kind: 'cover' });
  // 上月 is compared with the whole calendar month before it (in November: October, 10-01 to
  // 10-31), and the cover says so.
  const [fromYear, fromMonth] = new URL(page.url()).searchParams.get('from')!.split('-').map(Number);
  const before = new Date(Date.UTC(fromYear!, fromMonth! - 2, 1));
  const beforeLast = new Date(Date.UTC(fromYear!, fromMonth! - 1, 0));
  const cover = page.getByTestId('briefing-cover-previous');
  await expect(cover).toHaveAttribute('data-comparison', 'month');
  await expect(cover).toContainText(
    `对比上一个月：${before.getUTCFullYear()}年${before.getUTCMonth() + 1}月1日 — ${beforeLast.getUTCFullYear()}年${beforeLast.getUTCMonth() + 1}月${beforeLast.getUTCDate()}日`,
  );
  await screenshot(page, '29-briefing-cover');

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
  // 楼栋工作日, the period's decisions and the matters by step: counts on the Party slide.
  await expect(page.locator('.briefing-page[data-current="true"] [data-testid="briefing-party-visits"]')).toHaveText(/走访 \d+ 次，到访楼栋 \d+ \/ 包联 \d+ 栋/);
  await expect(page.locator('.briefing-page[data-current="true"] [data-testid="briefing-party-decisions"]')).toContainText('本期会议决定');
  await expect(page.locator('.briefing-page[data-current="true"] [data-testid="briefing-party-matters"]')).toContainText('评事');
  await screenshot(page, '32-briefing-party');
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

  // No personal data: none of the street's stored names and numbers is in the PDF.
  const sample = await personalSample();
  expect(sample.names.length).toBeGreaterThan(100);
  expect(sample.numbers.length).toBeGreaterThan(100);
  const flat = text.replace(/\s+/g, '');
  let withoutPlaces = flat;
  for (const p of sample.places) withoutPlaces = withoutPlaces.split(p.replace(/\s+/g, '')).join('·');
  // One expectation per list (tens of thousands of values): the leaked ones, none expected.
  expect(sample.names.filter((name) => withoutPlaces.includes(name)), 'names in the PDF').toEqual([]);
  expect(sample.numbers.filter((number) => flat.includes(number.replace(/\s+/g, ''))), 'numbers in the PDF').toEqual([]);
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
