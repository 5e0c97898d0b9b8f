// The app:// scheme that serves the built renderer from disk (see appUrl.ts for why not
// file://). Only files under the renderer folder are reachable; every response carries
// the CSP, so the policy holds even where webRequest does not see the request.
import { net, protocol, type Session } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, resolveBundledAsset } from './appUrl';

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard + secure: a real origin for 'self', ES modules and workers; fetch for MapLibre styles/glyphs.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveBundle(session: Session, rendererDir: string, csp: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveBundledAsset(request.url, rendererDir);
    if (!file) return new Response(null, { status: 404 });
    let response: Response;
    try {
      // net.fetch on file: gives the right Content-Type for .js/.css/.wasm/... .
      response = await net.fetch(pathToFileURL(file).href);
    } catch {
      return new Response(null, { status: 404 });
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    return new Response(response.body, { status: response.status, headers });
  });
}
