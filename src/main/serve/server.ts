// The browser shell: the same core behind HTTP on 127.0.0.1 (or a LAN address the user
// opts into). POST /api/call/<method> runs one API call; GET /api/events streams pushed
// events (server-sent events). Every call but session.status and auth.unlock needs the
// session token from auth.unlock in `Authorization: Bearer <token>`.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreHandle } from '../core/handle';
import type { ApiErrorShape, ApiResult } from '../../shared/errors';
import { PUBLIC_EVENT_NAMES } from '../../shared/events';
import { resolveStatic } from './staticFiles';
import { SECURITY_HEADERS } from './securityHeaders';

export interface ServeOptions {
  core: CoreHandle;
  /** Built renderer (out/renderer). */
  staticDir: string;
  host?: string;
  port?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function errorStatus(error: ApiErrorShape): number {
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
      return 409;
    case 'not_ready':
      return 503;
    default:
      return 500;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function allowedHost(hostHeader: string | undefined, bindHost: string, port: number): boolean {
  if (!hostHeader) return false;
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (bindHost !== '127.0.0.1' && bindHost !== '0.0.0.0') allowed.add(`${bindHost}:${port}`);
  // A LAN bind on 0.0.0.0 accepts any Host: the user opted into it; the token still guards every call.
  return bindHost === '0.0.0.0' || allowed.has(hostHeader.toLowerCase());
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { core } = options;
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  const streams = new Set<{ res: ServerResponse; token: string | null }>();
  let port = options.port ?? 0;

  const unsubscribe = core.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) {
      // A session locked since the stream opened hears nothing but the public events.
      if (PUBLIC_EVENT_NAMES.includes(event.name) || core.hasSession(s.token)) s.res.write(frame);
    }
  });

  const server = createHttpServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      log(`request failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding guard: a page on another origin cannot talk to us through a forged name.
    if (!allowedHost(req.headers.host, host, port)) {
      sendJson(res, 421, { ok: false, error: { code: 'unauthorized', message: 'unexpected Host header' } });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') {
        sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'use POST' } });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      let input: unknown;
      try {
        const text = await readBody(req);
        input = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'the request body must be JSON of at most 8 MiB' } });
        return;
      }
      const result: ApiResult<unknown> = await core.call(method, input, bearer(req));
      sendJson(res, result.ok ? 200 : errorStatus(result.error), result);
      return;
    }
    if (url.pathname === '/api/events') {
      const token = bearer(req);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      const entry = { res, token };
      streams.add(entry);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(entry);
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'method not allowed' } });
      return;
    }
    const file = await resolveStatic(options.staticDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: async () => {
      unsubscribe();
      for (const s of streams) s.res.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
