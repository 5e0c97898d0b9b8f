// Where the console UI comes from, and whether a URL is that UI. Pure (no electron
// import) so navigation checks, IPC sender checks and asset serving can be unit-tested.
//
// Production serves out/renderer through a privileged app:// scheme rather than file://:
// a file:// page has origin "null", where MapLibre 6 insists on fetch()ing its worker
// script (Electron refuses fetch on file:) and CSP 'self' is ill-defined. app://streetops
// is a normal secure origin, and still reads only the files on disk.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'streetops';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export type AppLocation =
  /** Production: the built renderer folder on disk, served as app://streetops/. */
  | { kind: 'bundle'; rendererDir: string; url: string }
  /** Development: electron-vite's dev server (ELECTRON_RENDERER_URL). */
  | { kind: 'dev'; url: string; origin: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server is used only when electron-vite set it, the app is not packaged and it
 * is on this machine: a packaged build never loads a page from the network.
 */
export function appLocation(opts: { devServerUrl: string | undefined; isPackaged: boolean; rendererDir: string }): AppLocation {
  if (opts.devServerUrl && !opts.isPackaged) {
    const url = parseUrl(opts.devServerUrl);
    if (url && url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { kind: 'dev', url: url.href, origin: url.origin };
  }
  return { kind: 'bundle', rendererDir: resolve(opts.rendererDir), url: APP_ENTRY_URL };
}

/** True for the app's own pages only: app://streetops/..., or the dev server's origin. */
export function isAppUrl(raw: string, location: AppLocation): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (location.kind === 'dev') return url.origin === location.origin;
  // URL.origin is "null" for non-special schemes, so compare scheme and host.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/**
 * The file on disk an app:// request maps to, or null when the request is not ours or
 * would escape the renderer folder (../, encoded slashes, absolute paths).
 */
export function resolveBundledAsset(raw: string, rendererDir: string): string | null {
  const url = parseUrl(raw);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(join(root, path === '/' ? 'index.html' : path));
  const rel = relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return file;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
