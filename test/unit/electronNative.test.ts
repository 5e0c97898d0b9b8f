// Where the Electron build of the database module is looked for (shell) and built
// (scripts/electron-native.mjs): the two must agree, or the app starts without a database.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from '../../src/main/shell/nativeBinding';
import { nativePaths, nodeGypArgs, nodeGypCandidates, nodeGypEnv, stampMatches, wantedStamp } from '../../scripts/electron-native.mjs';

describe('electronNativeBindingPath', () => {
  it('resolves under the app path in development', () => {
    expect(electronNativeBindingPath({ appPath: '/work/streetops', resourcesPath: '/opt/electron/resources', isPackaged: false })).toBe(
      join('/work/streetops', '.native', 'electron', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'),
    );
  });

  it('resolves to the module electron-builder rebuilt and unpacked beside app.asar when packaged', () => {
    const path = electronNativeBindingPath({ appPath: '/opt/StreetOps/resources/app.asar', resourcesPath: '/opt/StreetOps/resources', isPackaged: true });
    expect(path).toBe(join('/opt/StreetOps/resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'));
    expect(path).toContain('app.asar.unpacked');
  });

  it('is exactly where the build script puts the binding', () => {
    const root = join('/work', 'streetops');
    expect(electronNativeBindingPath({ appPath: root, resourcesPath: '/r', isPackaged: false })).toBe(nativePaths(root).binding);
  });
});

describe('electron-native build script', () => {
  it('builds from the Node copy in node_modules into .native/electron', () => {
    const paths = nativePaths('/p');
    expect(paths.source).toBe(join('/p', 'node_modules', 'better-sqlite3-multiple-ciphers'));
    expect(paths.moduleDir).toBe(join('/p', '.native', 'electron', 'better-sqlite3-multiple-ciphers'));
    expect(paths.stamp).toBe(join('/p', '.native', 'electron', 'stamp.json'));
  });

  it('rebuilds when Electron, the module, the platform or the arch changed', () => {
    const wanted = wantedStamp({ electronVersion: '45.4.1', moduleVersion: '12.11.1', platform: 'linux', arch: 'x64' });
    expect(stampMatches({ ...wanted }, wanted)).toBe(true);
    expect(stampMatches({ ...wanted, electron: '45.4.0' }, wanted)).toBe(false);
    expect(stampMatches({ ...wanted, module: '12.11.0' }, wanted)).toBe(false);
    expect(stampMatches({ ...wanted, arch: 'arm64' }, wanted)).toBe(false);
    expect(stampMatches(null, wanted)).toBe(false);
    expect(stampMatches('45.4.1', wanted)).toBe(false);
  });

  it("targets Electron's headers, not Node's", () => {
    expect(nodeGypArgs({ electronVersion: '45.4.1', arch: 'x64' })).toEqual([
      'rebuild',
      '--release',
      '--target=45.4.1',
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
      '--arch=x64',
    ]);
    expect(nodeGypArgs({ electronVersion: '45.4.1', arch: 'x64', headersDir: '/h' })).toContain('--nodedir=/h');
  });

  it("drops npm's nodedir (and other build settings) from node-gyp's environment, keeps proxies", () => {
    const env = nodeGypEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_https_proxy: 'http://proxy:3128',
      HOME: '/root',
      UNSET: undefined,
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_https_proxy: 'http://proxy:3128', HOME: '/root' });
  });

  it("finds npm's bundled node-gyp, preferring the one npm names", () => {
    const candidates = nodeGypCandidates({ npm_config_node_gyp: '/npm/gyp.js', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }, '/usr/bin/node', '/usr');
    expect(candidates[0]).toBe('/npm/gyp.js');
    expect(candidates).toContain(join('/usr/lib/node_modules/npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  });
});
