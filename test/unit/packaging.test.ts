// The packaging configuration, checked without packaging: `npm run dist` downloads
// Electron, so CI never runs it. The config is read by electron-builder's own loader and
// schema; what it names is checked against the files and the build that exist here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, matchesGlob, relative, resolve } from 'node:path';
import type { Configuration, FileSet, TargetConfiguration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../electron.vite.config';
import { CONTENT_SECURITY_POLICY } from '../../src/main/serve/securityHeaders';
import { electronNativeBindingPath, PACKED_BINDING_SEGMENTS, UNPACKED_DIR } from '../../src/main/shell/nativeBinding';
import { APP_USER_MODEL_ID } from '../../src/main/shell/appUserModelId';
import { contentSecurityPolicy } from '../../src/main/shell/security';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

interface Target {
  target: string;
  arch: string[];
}

function targets(list: Array<string | TargetConfiguration> | string | TargetConfiguration | null | undefined): Target[] {
  const items: Array<string | TargetConfiguration> = list == null ? [] : Array.isArray(list) ? list : [list];
  return items.map((item) => (typeof item === 'string' ? { target: item, arch: [] } : { target: item.target, arch: item.arch == null ? [] : Array.isArray(item.arch) ? item.arch : [item.arch] }));
}

/** File patterns as electron-builder keeps them: plain strings or FileSets with a filter. */
function patterns(value: Configuration['files']): string[] {
  const items: Array<string | FileSet> = value == null ? [] : Array.isArray(value) ? value : [value];
  return items.flatMap((item) => (typeof item === 'string' ? [item] : item.filter == null ? [] : Array.isArray(item.filter) ? item.filter : [item.filter]));
}

/**
 * True when electron-builder would pack `path` (relative to the app): the last matching
 * pattern wins. It adds the production node_modules itself, so there only exclusions count.
 */
function packed(path: string, list: string[]): boolean {
  let included = path.startsWith('node_modules/');
  for (const pattern of list) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(path, pattern.slice(1))) included = false;
    } else if (matchesGlob(path, pattern)) included = true;
  }
  return included;
}

function fromRoot(path: string): string {
  return isAbsolute(path) ? path : join(ROOT, path);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.toString('latin1', 12, 16), `${file} starts with IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The sizes an .ico holds, each image checked to be a PNG or a DIB of the size its entry claims. */
function icoSizes(file: string): number[] {
  const bytes = readFileSync(file);
  expect(bytes.readUInt16LE(0), 'ICO reserved word').toBe(0);
  expect(bytes.readUInt16LE(2), 'ICO type (1 = icon)').toBe(1);
  const count = bytes.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + i * 16;
    const width = bytes.readUInt8(entry) || 256;
    const height = bytes.readUInt8(entry + 1) || 256;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    expect(offset + length, 'image inside the file').toBeLessThanOrEqual(bytes.length);
    const image = bytes.subarray(offset, offset + length);
    if (image.readUInt32BE(0) === 0x89504e47) {
      expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([width, height]);
    } else {
      // BITMAPINFOHEADER: its height counts the image and its AND mask.
      expect(image.readUInt32LE(0)).toBe(40);
      expect([image.readInt32LE(4), image.readInt32LE(8)]).toEqual([width, height * 2]);
    }
    expect(width).toBe(height);
    sizes.push(width);
  }
  return sizes;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the product, in Chinese on the Linux desktop', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$/);
    // The ID the Electron shell declares on Windows, so its desktop notifications show under the installer's shortcut.
    expect(APP_USER_MODEL_ID).toBe(config.appId);
    expect(config.productName).toBe('StreetOps');
    const entry: unknown = config.linux?.desktop?.entry;
    expect(entry).toMatchObject({ Name: 'StreetOps', 'Name[zh_CN]': '街道综合指挥台' });
  });

  it('flips every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an NSIS installer for Windows x64 with a Chinese installer language', () => {
    expect(targets(config.win?.target)).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    const nsis = config.nsis;
    expect(nsis?.installerLanguages).toContain('zh_CN');
    expect(nsis?.language).toBe('2052');
    expect(nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds deb and AppImage for Linux x64 and arm64 (UOS, Kylin)', () => {
    const linux = targets(config.linux?.target);
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const target of linux) expect(target.arch.sort()).toEqual(['arm64', 'x64']);
  });

  it('packs into app.asar and keeps the database module, rebuilt for Electron, outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).not.toBe(false);
    // Packed with the production dependencies, loaded from node_modules by the main bundle.
    expect(pkg.dependencies).toHaveProperty('better-sqlite3-multiple-ciphers');
    expect(viteConfig.main?.build?.rolldownOptions?.external).toContain('better-sqlite3-multiple-ciphers');

    const binding = PACKED_BINDING_SEGMENTS.join('/');
    const unpack = config.asarUnpack == null ? [] : Array.isArray(config.asarUnpack) ? config.asarUnpack : [config.asarUnpack];
    expect(unpack.some((pattern) => matchesGlob(binding, pattern))).toBe(true);
    expect(packed(binding, patterns(config.files)), 'files keep the compiled module').toBe(true);
    expect(packed('node_modules/better-sqlite3-multiple-ciphers/lib/index.js', patterns(config.files))).toBe(true);

    // The shell looks exactly where electron-builder unpacks it.
    const resources = join('/opt', 'StreetOps', 'resources');
    expect(electronNativeBindingPath({ appPath: join(resources, 'app.asar'), resourcesPath: resources, isPackaged: true })).toBe(join(resources, UNPACKED_DIR, ...PACKED_BINDING_SEGMENTS));
  });

  it('packs what electron-vite builds, and package.json points into it', () => {
    const files = patterns(config.files);
    const outputs = [viteConfig.main?.build?.outDir, viteConfig.preload?.build?.outDir, viteConfig.renderer?.build?.outDir];
    for (const outDir of outputs) {
      expect(outDir, 'every build names its outDir').toBeTypeOf('string');
      const dir = relative(ROOT, fromRoot(outDir ?? '')).split('\\').join('/');
      expect(dir.startsWith('..'), `${dir} is inside the project`).toBe(false);
      expect(packed(`${dir}/index.js`, files), `${dir} is packed`).toBe(true);
    }
    const output = viteConfig.main?.build?.rolldownOptions?.output;
    const entryFileNames = output != null && !Array.isArray(output) ? output.entryFileNames : undefined;
    expect(entryFileNames).toBe('[name].js');
    expect(pkg.main).toBe(`${viteConfig.main?.build?.outDir}/index.js`);
    expect(packed(pkg.main, files)).toBe(true);
    expect(packed('package.json', files)).toBe(true);
    // Sources, tests and local data never ship.
    for (const path of ['src/main/shell/index.ts', 'test/unit/packaging.test.ts', '.native/electron/stamp.json', 'release/latest.yml']) {
      expect(packed(path, files), path).toBe(false);
    }
  });

  it('refers only to files that exist: icons and extra resources', () => {
    const referenced = [config.win?.icon, config.nsis?.installerIcon, config.nsis?.uninstallerIcon, config.linux?.icon];
    for (const set of [config.extraResources, config.extraFiles]) {
      const items: Array<string | FileSet> = set == null ? [] : Array.isArray(set) ? set : [set];
      referenced.push(...items.map((item) => (typeof item === 'string' ? item : item.from)));
    }
    for (const path of referenced) {
      expect(path, 'named').toBeTypeOf('string');
      expect(existsSync(fromRoot(path ?? '')), `${path} exists`).toBe(true);
    }
  });

  it('has a real Linux icon set, 512 and 256 included, each PNG the size its name says', () => {
    const dir = fromRoot(config.linux?.icon ?? '');
    const pngs = readdirSync(dir).filter((name) => name.endsWith('.png'));
    const sizes = pngs.map((name) => {
      const match = /^(\d+)x(\d+)\.png$/.exec(name);
      expect(match, `${name} is named NxN.png`).not.toBeNull();
      const { width, height } = pngSize(join(dir, name));
      expect([width, height]).toEqual([Number(match?.[1]), Number(match?.[2])]);
      return width;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256, 512]));
  });

  it('has a real Windows icon with the sizes Explorer and the taskbar ask for', () => {
    const sizes = icoSizes(fromRoot(config.win?.icon ?? ''));
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });
});

describe('npm run dist', () => {
  it('builds with electron-vite, then packages with this config, then restores the Node build', () => {
    expect(pkg.devDependencies).toHaveProperty('electron-builder');
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder --config electron-builder.yml');
    expect(pkg.scripts['postdist']).toBe('npm rebuild better-sqlite3-multiple-ciphers');
  });
});

describe('Content-Security-Policy', () => {
  it("refuses form submissions everywhere the app's pages are served", () => {
    const bundle = { kind: 'bundle', rendererDir: join(ROOT, 'out', 'renderer'), url: 'app://streetops/index.html' } as const;
    const dev = { kind: 'dev', url: 'http://localhost:5173/', origin: 'http://localhost:5173' } as const;
    for (const csp of [contentSecurityPolicy(bundle), contentSecurityPolicy(dev), CONTENT_SECURITY_POLICY]) {
      expect(csp.split(';').map((directive) => directive.trim())).toContain("form-action 'none'");
    }
  });
});
