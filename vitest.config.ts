import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The newest modification time under the folders the core's worker bundle is built from. */
function newestSource(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) walk(dir);
  return newest;
}

// Worker threads started by the core load the built bundle when it is newer than every core
// source (`npm test` builds first): from source each thread loads tsx and transpiles the core
// (about twice the time). A stale or missing build falls back to the source, so a test never
// runs old code.
const builtWorker = resolve(process.env.STREETOPS_OUT ?? 'out', 'main/coreWorker.js');
const freshBuild = existsSync(builtWorker) && statSync(builtWorker).mtimeMs >= newestSource(['src/main', 'src/shared']);

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Each fork keeps its module graph from file to file: importing the core anew for every
    // file was half the unit run (6.0 -> 3.2 min for 153 files, all passing; state lives in
    // each test's own temp directory and database, not in modules).
    isolate: false,
    globalSetup: ['test/setup/demoTemplate.ts'],
    env: freshBuild ? { STREETOPS_CORE_WORKER: pathToFileURL(builtWorker).href } : {},
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
