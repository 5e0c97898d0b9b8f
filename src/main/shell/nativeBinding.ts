// Where the Electron build of better-sqlite3-multiple-ciphers lives. Pure (no electron
// import) and unit-tested against scripts/electron-native.mjs, which builds it in
// development, and against electron-builder.yml, which packs it.
//
// node_modules keeps the Node build (for vitest and the HTTP shell); Electron has a
// different ABI, so scripts/electron-native.mjs builds a copy under .native/electron/
// and the shell hands that file to the core as CoreOptions.nativeBinding.
//
// Packaged, electron-builder rebuilds the module in node_modules for Electron and each
// target arch (npmRebuild), and keeps it out of app.asar (asarUnpack): a .node file
// cannot be dlopen()ed from inside an archive.
import { join } from 'node:path';

export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
const BINDING_IN_MODULE = ['build', 'Release', 'better_sqlite3.node'] as const;

/** Relative to the project root in development. */
export const ELECTRON_BINDING_SEGMENTS = ['.native', 'electron', NATIVE_MODULE, ...BINDING_IN_MODULE] as const;

/** Relative to the app inside app.asar; electron-builder.yml's asarUnpack must name it. */
export const PACKED_BINDING_SEGMENTS = ['node_modules', NATIVE_MODULE, ...BINDING_IN_MODULE] as const;

/** Where electron-builder puts the files asarUnpack keeps out of the archive. */
export const UNPACKED_DIR = 'app.asar.unpacked';

export interface BindingPlace {
  /** app.getAppPath(): the project root when run with electron-vite or `electron .`. */
  appPath: string;
  /** process.resourcesPath: the folder holding app.asar in a packaged app. */
  resourcesPath: string;
  isPackaged: boolean;
}

export function electronNativeBindingPath(place: BindingPlace): string {
  if (place.isPackaged) return join(place.resourcesPath, UNPACKED_DIR, ...PACKED_BINDING_SEGMENTS);
  return join(place.appPath, ...ELECTRON_BINDING_SEGMENTS);
}
