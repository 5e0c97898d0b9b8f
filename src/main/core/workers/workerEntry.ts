// How a core worker thread is started. A built app passes the bundled worker's URL
// (CoreOptions.workerEntry, next to the shell's own bundle); from source (tsx, vitest) the
// worker is the TypeScript file beside this one, loaded through tsx's loader, which the
// thread registers for itself before importing it (unless STREETOPS_CORE_WORKER names a built one).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type WorkerEntry = { kind: 'url'; url: URL } | { kind: 'eval'; source: string };

function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
}

export function coreWorkerEntry(built: URL | undefined): WorkerEntry {
  if (built) return { kind: 'url', url: built };
  // From source, a fresh build may be named instead (the unit tests do when `out/` is newer
  // than every core source: vitest.config.ts): seconds less for every thread they start.
  const named = process.env.STREETOPS_CORE_WORKER;
  if (named) return { kind: 'url', url: new URL(named) };
  const source = new URL('./coreWorker.ts', import.meta.url).href;
  return {
    kind: 'eval',
    source: `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
  };
}
