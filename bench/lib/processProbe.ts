// Figures that need a process of their own: a probe (bench/probe/*.ts) is bundled with Vite
// for Node, dependencies left external as the app's main bundle leaves them, and run with
// plain node, so its memory is the core's and not the bench's or a TypeScript loader's.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function bundleProbe(name: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve('bench/probe', `${name}.ts`),
      outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
    ssr: { external: true },
  });
  return join(outDir, `${name}.mjs`);
}

export function runProbe<T>(file: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, [file, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}
