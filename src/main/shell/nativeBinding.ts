// Where the Electron build of better-sqlite3-multiple-ciphers lives. Pure (no electron
// import) and unit-tested against scripts/electron-native.mjs, which builds it there.
//
// node_modules keeps the Node build (for vitest and the HTTP shell); Electron has a
// different ABI, so scripts/electron-native.mjs builds a copy under .native/electron/
// and the shell hands that file to the core as CoreOptions.nativeBinding.
import { join } from 'node:path';

/** Relative to the project root in development, to process.resourcesPath when packaged. */
export const ELECTRON_BINDING_SEGMENTS = ['.native', 'electron', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'] as const;

export interface BindingPlace {
  /** app.getAppPath(): the project root when run with electron-vite or `electron .`. */
  appPath: string;
  /** process.resourcesPath: where a packager puts extraResources. */
  resourcesPath: string;
  isPackaged: boolean;
}

export function electronNativeBindingPath(place: BindingPlace): string {
  // Packaged: the packager copies .native/electron to <resources>/.native/electron
  // (outside app.asar: a .node file cannot be dlopen()ed from inside an archive).
  return join(place.isPackaged ? place.resourcesPath : place.appPath, ...ELECTRON_BINDING_SEGMENTS);
}
