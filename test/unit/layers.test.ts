// The import matrix of shared/ARCHITECTURE.md, enforced: shared imports nothing of ours
// and no node:*, core never imports electron, the renderer sees only shared.
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

describe('layer boundaries', () => {
  it('hold across src/', () => {
    const files = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
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
