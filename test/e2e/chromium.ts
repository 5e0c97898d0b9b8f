// Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, Debian's, or Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed; fall through to the message.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
      '  or Playwright\'s own: npx playwright install chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
}

/** Flags for headless WebGL through SwiftShader and a quiet, offline browser. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--no-sandbox',
  // Pages raster and composite on the CPU; only WebGL goes through SwiftShader, which
  // then draws the map alone (measured: the GPU process's CPU time 90 s -> 54 s, and the
  // spine and legibility specs 1.6 -> 1.4 min).
  '--disable-gpu-rasterization',
  '--disable-gpu-compositing',
];
