// Hardening that applies to every page the app shows: a strict CSP, no permissions but the
// app's own desktop notifications,
// no network, no navigation away from the app, no new windows, no <webview>.
import type { App, Session, WebContents } from 'electron';
import type { AppLocation } from './appUrl';
import { isAppUrl } from './appUrl';

const PRODUCTION_CSP: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Mantine injects <style> elements at runtime.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  // MapLibre may start its worker from a blob: URL.
  'worker-src': "'self' blob:",
  'connect-src': "'self'",
  'font-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  // The console posts no HTML forms: data leaves only through the typed bridge.
  'form-action': "'none'",
};

/**
 * The Content-Security-Policy for the console. In development the Vite dev server needs
 * its inline React-refresh preamble and a websocket back to itself; nothing else changes.
 */
export function contentSecurityPolicy(location: AppLocation): string {
  const directives = { ...PRODUCTION_CSP };
  if (location.kind === 'dev') {
    directives['script-src'] = "'self' 'unsafe-inline'";
    directives['connect-src'] = `'self' ${devSocketOrigin(location.origin)}`;
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** The app is offline: any network request other than to the dev server is a bug or an attack. */
export function isAllowedRequest(raw: string, location: AppLocation): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!NETWORK_SCHEMES.has(url.protocol)) return true;
  if (location.kind !== 'dev') return false;
  return url.origin === location.origin || `${url.protocol}//${url.host}` === devSocketOrigin(location.origin);
}

function devSocketOrigin(httpOrigin: string): string {
  return httpOrigin.replace(/^http/, 'ws');
}

/** Returns response headers with our policy replacing any the response carried. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

export function hardenSession(session: Session, location: AppLocation): void {
  const csp = contentSecurityPolicy(location);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, location) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  // The console needs no camera, geolocation, clipboard read, ...: only its own pages may
  // raise desktop notifications (a case put under 督办, an escalated alert).
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isGrantedPermission(permission, details.requestingUrl, location)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isGrantedPermission(permission, requestingOrigin, location));
}

/** The one permission granted, and only to the app's own pages. */
export function isGrantedPermission(permission: string, url: string, location: AppLocation): boolean {
  return permission === 'notifications' && isAppUrl(url, location);
}

export function hardenWebContents(contents: WebContents, location: AppLocation): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, location)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every web contents the app ever creates gets the same rules, including ones we did not expect. */
export function hardenAllWebContents(app: App, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location));
}
