// What the headers of a request to the browser shell must say: our own Host (DNS
// rebinding), our own Origin when a browser names one (no cross-site calls), JSON as the
// body's type (no "simple" text/plain form posts), and the session token.
import type { IncomingMessage } from 'node:http';

export function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
}

export function allowedHost(hostHeader: string | undefined, bindHost: string, port: number): boolean {
  if (!hostHeader) return false;
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (bindHost !== '127.0.0.1' && bindHost !== '0.0.0.0') allowed.add(`${bindHost}:${port}`);
  // A LAN bind on 0.0.0.0 accepts any Host: the user opted into it; the token still guards every call.
  return bindHost === '0.0.0.0' || allowed.has(hostHeader.toLowerCase());
}

/**
 * An absent Origin is allowed (same-origin GETs and non-browser clients send none); a
 * present one must name this server exactly as the Host header (already checked by
 * allowedHost) does. "null" (sandboxed frames, file://) is refused.
 */
export function sameOrigin(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined) return true;
  if (!hostHeader) return false;
  try {
    const origin = new URL(originHeader);
    const own = new URL(`http://${hostHeader}`);
    return origin.protocol === 'http:' && origin.host === own.host;
  } catch {
    return false;
  }
}

/** `application/json`, with or without parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]!.trim().toLowerCase() === 'application/json';
}
