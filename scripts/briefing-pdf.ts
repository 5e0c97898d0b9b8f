// `npm run briefing -- --data DIR --from 2026-10-01 --to 2026-11-01 [--community ID] --out briefing.pdf`
// The leaders' briefing deck as a PDF, without the desktop app: starts the core on DIR and
// the browser shell in this process, drives Chromium (the end-to-end tests' one) through
// the briefing screen as the leader, waits until every map is drawn and imaged, and
// prints with the deck's own print stylesheet (one A4-landscape page per slide).
// Dates are China-time days; --to is exclusive, so the example is October. The renderer
// must be built (the npm script runs electron-vite build first).
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { shanghaiMidnight } from '../src/main/core/calendar/workCalendar';
import { dataPaths } from '../src/main/core/dataDir';
import { startCore } from '../src/main/core/index';
import { startServer } from '../src/main/serve/server';
import { BRIEFING_MAX_DAYS } from '../src/shared/briefing';
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/chromium';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    community: { type: 'string' },
    out: { type: 'string', default: 'briefing.pdf' },
    user: { type: 'string', default: 'leader' },
    password: { type: 'string', default: process.env.STREETOPS_PASSWORD ?? 'streetops' },
    /** Generate a demo street into an empty --data directory first (scale in (0, 2]). */
    scale: { type: 'string' },
    renderer: { type: 'string' },
  },
});

function fail(message: string): never {
  process.stderr.write(`streetops briefing: ${message}\n`);
  process.exit(2);
}

function day(name: string, text: string | undefined): number {
  if (!text) fail(`--${name} YYYY-MM-DD is required`);
  try {
    return shanghaiMidnight(text);
  } catch {
    fail(`--${name} must be a date YYYY-MM-DD, got "${text}"`);
  }
}

if (!values.data) fail('--data DIR is required (a StreetOps data directory)');
const dataDir = resolve(values.data);
const from = day('from', values.from);
const to = day('to', values.to);
if (to <= from) fail('--to must be after --from (it is exclusive: --from 2026-10-01 --to 2026-11-01 is October)');
if (to - from > BRIEFING_MAX_DAYS * 86_400_000) fail(`the period may be at most ${BRIEFING_MAX_DAYS} days`);
const community = values.community === undefined ? null : Number(values.community);
if (community !== null && !(Number.isInteger(community) && community > 0)) fail(`--community must be a community id, got "${values.community}"`);
const scale = values.scale === undefined ? null : Number(values.scale);
if (scale !== null && !(scale > 0 && scale <= 2)) fail(`--scale must be in (0, 2], got "${values.scale}"`);
if (scale === null && !existsSync(dataPaths(dataDir).keyring)) fail(`no street in ${dataDir} (give --scale to generate a demo street there)`);
const staticDir = resolve(values.renderer ?? join(process.cwd(), 'out', 'renderer'));
if (!existsSync(join(staticDir, 'index.html'))) fail(`no built renderer at ${staticDir} (run \`npx electron-vite build\` first)`);
const out = resolve(values.out);

const log = (line: string) => process.stdout.write(`[briefing] ${line}\n`);
const started = Date.now();
const core = await startCore({ dataDir, ...(scale !== null ? { demo: { scale, seed: 2026 } } : {}), log });
await core.ready();
const server = await startServer({ core, staticDir });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  // 1600×900 is the slides' own size; device scale 2 makes the map images sharp on paper.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.on('pageerror', (err) => log(`page error: ${err.message}`));
  await page.goto(server.url);
  await page.getByTestId('unlock-username').fill(values.user);
  await page.getByTestId('unlock-password').fill(values.password);
  await page.getByTestId('unlock-submit').click();
  await page.getByTestId('current-user').waitFor({ timeout: 120_000 });

  const params = new URLSearchParams({ from: values.from!, to: values.to! });
  if (community !== null) params.set('community', String(community));
  await page.goto(`${server.url}/briefing?${params.toString()}`);
  // Either the deck or the picker with the core's refusal (an unknown community, say).
  await page.locator('[data-testid="briefing-deck"], [data-testid="briefing-error"]').first().waitFor({ timeout: 120_000 });
  const refusal = page.getByTestId('briefing-error');
  if (await refusal.isVisible()) throw new Error(await refusal.innerText());
  const deck = page.getByTestId('briefing-deck');
  await page.waitForSelector('[data-testid="briefing-deck"][data-maps-ready="true"]', { timeout: 180_000 });
  const slides = Number(await deck.getAttribute('data-slides'));
  await page.pdf({ path: out, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
  log(`${slides} slides → ${out} (${Math.round(statSync(out).size / 1024)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  process.stderr.write(`streetops briefing: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
  await core.close();
}
