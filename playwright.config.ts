import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/e2e/chromium';
import { E2E_ANCHOR } from './test/e2e/anchor';

const PORT = Number(process.env.E2E_PORT ?? 7791);
const DATA = join(tmpdir(), `streetops-e2e-${PORT}`);
// The renderer built by `electron-vite build` (STREETOPS_OUT when it was built elsewhere).
const RENDERER = join(process.env.STREETOPS_OUT ?? 'out', 'renderer');

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // 2 min was hit by map redraws on a loaded CI machine (spine, grids); a test that hangs still ends.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // A fresh demo street every run, generated at a fixed anchor with the server's clock
    // starting there (the pages take "today" from the server's clock).
    command: `rm -rf ${DATA} && npx tsx src/main/serve/cli.ts --data ${DATA} --port ${PORT} --renderer ${RENDERER} --scale 0.05 --seed 7 --anchor ${E2E_ANCHOR} --demo`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
