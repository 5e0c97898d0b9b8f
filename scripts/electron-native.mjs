#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into .native/electron/,
// leaving node_modules/ with the Node build that vitest and the HTTP shell load.
// Run before `electron-vite dev|preview|build`. Skips the build when the stamp says the
// copy already matches the installed Electron, module version, platform and arch.
//
//   node scripts/electron-native.mjs [--force]
//
// Offline: node-gyp downloads Electron's headers from electronjs.org. Without network,
// point STREETOPS_ELECTRON_HEADERS at an extracted node-v<electron>-headers.tar.gz.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MODULE_NAME = 'better-sqlite3-multiple-ciphers';
/** Relative to the project root; src/main/shell/nativeBinding.ts must agree (unit-tested). */
export const NATIVE_ROOT_SEGMENTS = ['.native', 'electron'];
export const BINDING_SEGMENTS = ['build', 'Release', 'better_sqlite3.node'];
export const HEADERS_URL = 'https://electronjs.org/headers';
const STAMP_FILE = 'stamp.json';

export function nativePaths(projectRoot) {
  const nativeRoot = join(projectRoot, ...NATIVE_ROOT_SEGMENTS);
  const moduleDir = join(nativeRoot, MODULE_NAME);
  return {
    source: join(projectRoot, 'node_modules', MODULE_NAME),
    nativeRoot,
    moduleDir,
    binding: join(moduleDir, ...BINDING_SEGMENTS),
    stamp: join(nativeRoot, STAMP_FILE),
  };
}

/** What the built copy must match; any difference means rebuild. */
export function wantedStamp({ electronVersion, moduleVersion, platform, arch }) {
  return { electron: electronVersion, module: moduleVersion, platform, arch };
}

export function stampMatches(found, wanted) {
  if (typeof found !== 'object' || found === null) return false;
  return Object.keys(wanted).every((key) => found[key] === wanted[key]);
}

// npm passes its config to scripts as npm_config_* variables, and node-gyp obeys them:
// npm_config_nodedir (set on this machine) would silently build against Node's headers.
// Keep only settings about reaching the network.
const KEPT_NPM_CONFIG = new Set(['proxy', 'https_proxy', 'http_proxy', 'noproxy', 'cafile', 'strict_ssl', 'devdir']);

export function nodeGypEnv(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_config_') && !KEPT_NPM_CONFIG.has(lower.slice('npm_config_'.length))) continue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function nodeGypArgs({ electronVersion, arch, headersDir }) {
  const args = ['rebuild', '--release', `--target=${electronVersion}`, `--dist-url=${HEADERS_URL}`, '--runtime=electron', `--arch=${arch}`];
  if (headersDir) args.push(`--nodedir=${headersDir}`);
  return args;
}

/** node-gyp ships inside npm; look where npm, then Node's install, then npm's global prefix put it. */
export function nodeGypCandidates(env, execPath, globalPrefix) {
  const inNpm = (npmDir) => join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const list = [];
  if (env.npm_config_node_gyp) list.push(env.npm_config_node_gyp);
  if (env.npm_execpath) list.push(inNpm(resolve(dirname(env.npm_execpath), '..')));
  const nodeBin = dirname(execPath);
  list.push(inNpm(join(nodeBin, '..', 'lib', 'node_modules', 'npm')), inNpm(join(nodeBin, 'node_modules', 'npm')));
  if (globalPrefix) list.push(inNpm(join(globalPrefix, 'lib', 'node_modules', 'npm')), inNpm(join(globalPrefix, 'node_modules', 'npm')));
  return list;
}

function fail(message) {
  console.error(`\n[electron-native] ${message}\n`);
  process.exit(1);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function findNodeGyp() {
  const prefix = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['prefix', '-g'], { encoding: 'utf8', shell: process.platform === 'win32' });
  const globalPrefix = prefix.status === 0 ? prefix.stdout.trim() : '';
  return nodeGypCandidates(process.env, process.execPath, globalPrefix).find((file) => existsSync(file)) ?? null;
}

/** An Electron build must refuse to load in plain Node; if it loads, it was built for Node. */
function checkNotNodeAbi(binding, nativeRoot) {
  const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(binding)})`], { encoding: 'utf8' });
  if (probe.status === 0) {
    rmSync(nativeRoot, { recursive: true, force: true });
    fail(`${binding} loads in Node ${process.version}: it was built against Node's headers, not Electron's.\nIs npm_config_nodedir (or --nodedir) pointing at Node? Rebuild with --force.`);
  }
  if (!/NODE_MODULE_VERSION/.test(probe.stderr)) {
    console.warn(`[electron-native] note: could not confirm the ABI of ${binding}:\n${probe.stderr.trim()}`);
  }
}

function main() {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const paths = nativePaths(projectRoot);
  const force = process.argv.includes('--force');

  const electronPkg = join(projectRoot, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronPkg)) fail('node_modules/electron is missing: run npm install first.');
  if (!existsSync(join(paths.source, 'package.json'))) fail(`node_modules/${MODULE_NAME} is missing: run npm install first.`);
  const electronVersion = readJson(electronPkg).version;
  const moduleVersion = readJson(join(paths.source, 'package.json')).version;
  const wanted = wantedStamp({ electronVersion, moduleVersion, platform: process.platform, arch: process.arch });

  if (!force && existsSync(paths.stamp) && existsSync(paths.binding) && stampMatches(readJson(paths.stamp), wanted)) {
    console.log(`[electron-native] ${MODULE_NAME} ${moduleVersion} for Electron ${electronVersion} is up to date.`);
    return;
  }

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) fail('node-gyp not found (it ships with npm). Install it with `npm i -D node-gyp` and retry.');

  console.log(`[electron-native] building ${MODULE_NAME} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${paths.moduleDir}`);
  rmSync(paths.nativeRoot, { recursive: true, force: true });
  mkdirSync(paths.nativeRoot, { recursive: true });
  // The Node build in node_modules/.../build stays where it is; the copy builds from source.
  cpSync(paths.source, paths.moduleDir, { recursive: true, filter: (src) => src !== join(paths.source, 'build') });

  const headersDir = process.env.STREETOPS_ELECTRON_HEADERS;
  const args = nodeGypArgs({ electronVersion, arch: process.arch, headersDir });
  const build = spawnSync(process.execPath, [nodeGyp, ...args], { cwd: paths.moduleDir, env: nodeGypEnv(process.env), stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(paths.binding)) {
    // Leave either a complete, stamped build or nothing.
    rmSync(paths.nativeRoot, { recursive: true, force: true });
    fail(
      [
        `Could not build ${MODULE_NAME} for Electron ${electronVersion} (node-gyp exit ${build.status ?? build.signal}).`,
        headersDir
          ? `Headers were taken from STREETOPS_ELECTRON_HEADERS=${headersDir}; check it holds Electron ${electronVersion}'s node headers (include/node/node_version.h).`
          : `The usual cause is no network: node-gyp downloads Electron's headers from ${HEADERS_URL}/v${electronVersion}/.`,
        'Fixes:',
        `  - run this once with network access (headers are then cached by node-gyp), or`,
        `  - download ${HEADERS_URL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz elsewhere, extract it,`,
        '    and run: STREETOPS_ELECTRON_HEADERS=/path/to/node_headers node scripts/electron-native.mjs',
        'Unit tests do not need this: they use the Node build in node_modules.',
      ].join('\n'),
    );
  }
  checkNotNodeAbi(paths.binding, paths.nativeRoot);
  writeFileSync(paths.stamp, `${JSON.stringify(wanted, null, 2)}\n`);
  console.log(`[electron-native] built ${paths.binding}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
