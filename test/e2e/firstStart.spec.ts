// First start through the browser shell (issue 16, item 1): on a fresh data directory the
// server says `serving on` only once it answers, the first page shows the demo generation's
// progress (the bar, the step in words, the steps done ticked), then the unlock form, and
// the street it made can be unlocked. The delay from `serving on` to the progress on screen
// is recorded as an annotation (timing is measured, never asserted).
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_STAGES } from '../../src/shared/demoStages';
import { screenshot, unlock } from './driver';

const PORT = Number(process.env.E2E_PORT ?? 7791) + 1;
const DATA = join(tmpdir(), `streetops-e2e-first-start-${PORT}`);
/** Large enough that generation takes several seconds, small enough for a test. */
const SCALE = '0.2';
const ANCHOR = '2026-11-20T10:00:00+08:00';

let server: ChildProcess | null = null;

test.afterEach(async () => {
  if (server?.pid) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  server = null;
  rmSync(DATA, { recursive: true, force: true });
});

test('a first start shows the generation progress, then the unlock form', async ({ page }) => {
  test.setTimeout(240_000);
  rmSync(DATA, { recursive: true, force: true });
  const lines: string[] = [];
  let servingAt = 0;
  const serving = new Promise<string>((resolve, reject) => {
    server = spawn(join('node_modules', '.bin', 'tsx'), ['src/main/serve/cli.ts', '--data', DATA, '--port', String(PORT), '--renderer', join(process.env.STREETOPS_OUT ?? 'out', 'renderer'), '--scale', SCALE, '--seed', '11', '--anchor', ANCHOR], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        const m = /serving on (http:\/\/\S+)/.exec(line);
        if (m) {
          servingAt = Date.now();
          resolve(m[1]!);
        }
      }
    });
    server.stderr?.setEncoding('utf8').on('data', (chunk: string) => lines.push(`stderr: ${chunk}`));
    server.once('exit', (code) => reject(new Error(`serve exited (${code}) before serving:\n${lines.join('\n')}`)));
  });
  const url = await serving;
  // Generation had not finished when the server said it serves: the line comes first.
  expect(lines.some((l) => l.includes('demo street ready'))).toBe(false);

  await page.goto(url);
  // The first screen offers the demo street or a new one: the demo is one click.
  await page.getByTestId('first-start-demo').click();
  const progress = page.getByTestId('prepare-progress');
  await expect(progress).toBeVisible();
  const shownAfterMs = Date.now() - servingAt;
  test.info().annotations.push({ type: 'progress shown after serving on (ms)', description: String(shownAfterMs) });
  console.info(`first start: progress on screen ${shownAfterMs} ms after "serving on"`);

  // The step is said in words from the catalog, never as the core's stage key.
  // Any working step (the list is the core's own; 'start' and 'done' are the before and after).
  const steps = DEMO_STAGES.filter((s) => s !== 'start' && s !== 'done');
  await expect(progress).toHaveAttribute('data-stage', new RegExp(`^(${steps.join('|')})$`), { timeout: 60_000 });
  await expect(page.getByTestId('prepare-stage')).toContainText(/当前步骤：.*[\u4e00-\u9fff]/);
  await expect(page.getByTestId('prepare-stage')).not.toContainText(/start|done|accounts|territory|residents|cases/);
  await expect(page.locator('[data-testid="prepare-steps"] [data-step]')).toHaveCount(steps.length);
  await expect(page.getByTestId('prepare-stage')).toContainText(new RegExp(`第 \\d+ 步，共 ${steps.length} 步`));
  // Progress moves on: some step gets ticked while the form has not yet come.
  await expect(page.locator('[data-testid="prepare-steps"] [data-state="done"]').first()).toBeVisible({ timeout: 60_000 });
  const fraction = Number(await progress.getAttribute('data-fraction'));
  expect(fraction).toBeGreaterThan(0);
  expect(fraction).toBeLessThan(1);
  await expect(page.getByTestId('unlock-username')).toHaveCount(0);
  await screenshot(page, 'first-start-01-progress');

  // Then the unlock form, without a reload, and the street it made opens.
  await expect(page.getByTestId('unlock-username')).toBeVisible({ timeout: 180_000 });
  await expect(progress).toHaveCount(0);
  expect(lines.some((l) => l.includes('demo street ready'))).toBe(true);
  await screenshot(page, 'first-start-02-unlock');
  await unlock(page, 'dispatcher', 'streetops');
  await expect(page.getByTestId('unlock-username')).toHaveCount(0, { timeout: 60_000 });
});
