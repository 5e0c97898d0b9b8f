// The import matrix of shared/ARCHITECTURE.md, enforced: shared imports nothing of ours
// and no node:*, core never imports electron, the renderer sees only shared. And the
// renderer loads no zod-bearing shared module at start (its values come from shared/vocab).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

function importsOf(text: string): string[] {
  const specs = new Set<string>();
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) specs.add(m[1]!);
  return [...specs];
}

type Layer = 'shared' | 'core' | 'shell' | 'serve' | 'preload' | 'renderer';
function layerOf(path: string): Layer | null {
  const rel = relative(SRC, path).split(/[\\/]/);
  if (rel[0] === 'shared') return 'shared';
  if (rel[0] === 'preload') return 'preload';
  if (rel[0] === 'renderer') return 'renderer';
  if (rel[0] === 'main' && rel[1] === 'core') return 'core';
  if (rel[0] === 'main' && rel[1] === 'shell') return 'shell';
  if (rel[0] === 'main' && rel[1] === 'serve') return 'serve';
  return null;
}

/** Which of our layers each layer may import. */
const ALLOWED: Record<Layer, Layer[]> = {
  shared: ['shared'],
  core: ['shared', 'core'],
  shell: ['shared', 'core', 'shell'],
  serve: ['shared', 'core', 'serve'],
  preload: ['shared', 'preload'],
  renderer: ['shared', 'renderer'],
};

function violations(files: { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    const layer = layerOf(file);
    if (!layer) continue;
    for (const spec of importsOf(text)) {
      const where = relative(ROOT, file);
      const isNode = spec.startsWith('node:');
      if (spec === 'electron' && layer !== 'shell' && layer !== 'preload') out.push(`${where}: ${layer} must not import electron`);
      if (isNode && (layer === 'shared' || layer === 'renderer' || layer === 'preload')) out.push(`${where}: ${layer} must not import ${spec}`);
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), spec));
        if (target && !ALLOWED[layer].includes(target)) out.push(`${where}: ${layer} must not import ${target} (${spec})`);
      }
    }
  }
  return out;
}

/**
 * Static imports that load the module with this one: `import … from`, `export … from` and
 * bare `import '…'`; not `import type`, not all-`type` specifiers, not import().
 */
function valueImportsOf(text: string): string[] {
  const specs = new Set<string>();
  const clauseFrom = /^[ \t]*(?:import|export)\s+(type\s+)?((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)|[\w$]+)\s*from\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(clauseFrom)) {
    if (m[1]) continue;
    const braces = /^\{([^}]*)\}$/.exec(m[2]!);
    const names = braces ? braces[1]!.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '').split(',').map((s) => s.trim()).filter(Boolean) : [];
    if (names.length > 0 && names.every((n) => /^type\s/.test(n))) continue;
    specs.add(m[3]!);
  }
  for (const m of text.matchAll(/^[ \t]*import\s+['"]([^'"]+)['"]/gm)) specs.add(m[1]!);
  return [...specs];
}

/** Every source file under src/ with its text, read once for the tests below. */
let read: { file: string; text: string }[] | null = null;
const sources = () => (read ??= sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') })));

const isZod = (spec: string) => spec === 'zod' || spec.startsWith('zod/');

/**
 * Renderer imports that load zod at start: each one's path through the shared modules to
 * zod. A schema is built when its module loads, so the first screen would pay for every
 * schema of the API; the renderer takes its values from zod-free modules (shared/vocab/*).
 */
function zodAtLoad(files: { file: string; text: string }[]): string[] {
  const texts = new Map(files.map(({ file, text }) => [file, text]));
  const resolveIn = (from: string, spec: string) => {
    const base = resolve(dirname(from), spec);
    return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => texts.has(c)) ?? null;
  };
  const paths = new Map<string, string[] | null>();
  /** The shortest path from a shared module to zod over static imports, or null. */
  const pathToZod = (start: string): string[] | null => {
    if (paths.has(start)) return paths.get(start)!;
    const via = new Map<string, string[]>([[start, [start]]]);
    const queue = [start];
    let found: string[] | null = null;
    while (queue.length > 0 && !found) {
      const file = queue.shift()!;
      for (const spec of valueImportsOf(texts.get(file)!)) {
        if (isZod(spec)) {
          found = [...via.get(file)!, spec];
          break;
        }
        const next = spec.startsWith('.') ? resolveIn(file, spec) : null;
        if (!next || layerOf(next) !== 'shared' || via.has(next)) continue;
        via.set(next, [...via.get(file)!, next]);
        queue.push(next);
      }
    }
    paths.set(start, found);
    return found;
  };
  const out: string[] = [];
  for (const { file, text } of files) {
    if (layerOf(file) !== 'renderer' || /\.test\.tsx?$/.test(file)) continue;
    for (const spec of valueImportsOf(text)) {
      const target = spec.startsWith('.') ? resolveIn(file, spec) : null;
      const path = target && layerOf(target) === 'shared' ? pathToZod(target) : null;
      if (path) out.push(`${relative(ROOT, file)}: loads ${path.map((p) => (isZod(p) ? p : relative(ROOT, p))).join(' → ')}`);
    }
  }
  return out;
}

describe('layer boundaries', () => {
  it('hold across src/', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(20);
    expect(violations(files)).toEqual([]);
  });

  it('are reported when broken (the checker can fail)', () => {
    const found = violations([
      { file: join(SRC, 'main/core/x.ts'), text: "import { app } from 'electron';" },
      { file: join(SRC, 'renderer/x.ts'), text: "import { startCore } from '../main/core/index';\nimport fs from 'node:fs';" },
      { file: join(SRC, 'shared/x.ts'), text: "import { readFileSync } from 'node:fs';" },
    ]);
    expect(found).toEqual([
      'src/main/core/x.ts: core must not import electron',
      'src/renderer/x.ts: renderer must not import core (../main/core/index)',
      'src/renderer/x.ts: renderer must not import node:fs',
      'src/shared/x.ts: shared must not import node:fs',
    ]);
  });
});

describe('the renderer builds no API schema at load', () => {
  it('holds across src/renderer', () => {
    const files = sources();
    expect(zodAtLoad(files)).toEqual([]);
  });

  it('is reported when broken (the checker can fail)', () => {
    const found = zodAtLoad([
      { file: join(SRC, 'shared/a.ts'), text: "import { z } from 'zod';\nexport const A = 1;" },
      { file: join(SRC, 'shared/b.ts'), text: "export { C as B } from './c';\nexport type T = number;" },
      { file: join(SRC, 'shared/c.ts'), text: "import { text } from './rules';\nexport const C = 1;" },
      { file: join(SRC, 'shared/rules.ts'), text: "import * as z from 'zod/v4';\nexport const text = z.string;" },
      { file: join(SRC, 'shared/vocab/a.ts'), text: "import type { z } from 'zod';\nimport type { T } from '../b';\nexport const V = 1;" },
      { file: join(SRC, 'renderer/value.ts'), text: "import { A } from '../shared/a';" },
      { file: join(SRC, 'renderer/mixed.tsx'), text: "import {\n  type T,\n  B,\n} from '../shared/b';" },
      { file: join(SRC, 'renderer/bare.ts'), text: "import '../shared/c';" },
      { file: join(SRC, 'renderer/reexport.ts'), text: "export * from '../shared/a';" },
      {
        file: join(SRC, 'renderer/fine.ts'),
        text: "import type { A } from '../shared/a';\nimport { type T } from '../shared/b';\nimport { V } from '../shared/vocab/a';\nconst later = () => import('../shared/a');",
      },
      { file: join(SRC, 'renderer/fine.test.ts'), text: "import { A } from '../shared/a';" },
    ]);
    expect(found).toEqual([
      'src/renderer/value.ts: loads src/shared/a.ts → zod',
      'src/renderer/mixed.tsx: loads src/shared/b.ts → src/shared/c.ts → src/shared/rules.ts → zod/v4',
      'src/renderer/bare.ts: loads src/shared/c.ts → src/shared/rules.ts → zod/v4',
      'src/renderer/reexport.ts: loads src/shared/a.ts → zod',
    ]);
  });
});
