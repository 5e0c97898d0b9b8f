// Every JSON answer of the browser shell, and the HTTP status each API error code maps to.
import type { ServerResponse } from 'node:http';
import type { ApiErrorCode, ApiErrorShape } from '../../shared/errors';
import { SECURITY_HEADERS } from './securityHeaders';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Refuses a request with a typed error. `reason` is a stable word the UI can word itself. */
export function refuse(res: ServerResponse, status: number, code: ApiErrorCode, message: string, options: { reason?: string; path?: string } = {}): void {
  const error: ApiErrorShape = options.reason ? { code, message, details: [{ path: options.path ?? '', message, reason: options.reason }] } : { code, message };
  sendJson(res, status, { ok: false, error });
}

/** Exhaustive over the codes (no default), so a new code cannot silently become a 500. */
export function errorStatus(error: ApiErrorShape): number {
  switch (error.code) {
    case 'invalid_input':
      return 400;
    case 'unauthorized':
    case 'wrong_password':
      return 401;
    case 'not_found':
    case 'unknown_method':
      return 404;
    case 'conflict':
    case 'cancelled':
      return 409;
    case 'password_change_required':
      return 403;
    case 'throttled':
      return 429;
    case 'disk_full':
      return 507;
    case 'not_ready':
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
  }
}
