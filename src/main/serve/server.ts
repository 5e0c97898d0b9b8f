// The browser shell: the same core behind HTTP on 127.0.0.1 (or a LAN address the user
// opts into). POST /api/call/<method> runs one API call (apiCallRoute.ts); GET
// /api/events streams pushed events to unlocked sessions (eventStreamRoute.ts); anything
// else is the built renderer. Every request must name our own Host.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreHandle } from '../core/handle';
import { API_CALL_PREFIX, handleApiCall } from './apiCallRoute';
import { BASEMAP_PREFIX, handleBasemapTile } from './basemapRoute';
import { EVENTS_PATH, eventStreams } from './eventStreamRoute';
import { DEVICE_EVENTS_PATH, handleDeviceEvents } from './deviceEndpoint';
import { refuse } from './jsonResponse';
import { closeAfterAnswer } from './lingeringClose';
import { allowedHost } from './requestHeaders';
import { resolveStatic } from './staticFiles';
import { SECURITY_HEADERS } from './securityHeaders';

export { allowedHost } from './requestHeaders';

export interface ServeOptions {
  core: CoreHandle;
  /** Built renderer (out/renderer). */
  staticDir: string;
  host?: string;
  port?: number;
  log?: (line: string) => void;
  /** How often an event stream is pinged and its session re-checked (tests shorten it). */
  heartbeatMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { core } = options;
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  const streams = eventStreams(core, options.heartbeatMs);
  let port = options.port ?? 0;

  const server = createHttpServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      log(`request failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) {
        closeAfterAnswer(req, res);
        refuse(res, 500, 'internal', 'internal error');
      }
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding guard: a page on another origin cannot talk to us through a forged name.
    if (!allowedHost(req.headers.host, host, port)) {
      closeAfterAnswer(req, res);
      refuse(res, 421, 'unauthorized', 'unexpected Host header');
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://local').pathname;
    } catch {
      closeAfterAnswer(req, res);
      refuse(res, 400, 'invalid_input', 'the request URL cannot be parsed', { reason: 'bad_url', path: 'url' });
      return;
    }
    if (pathname.startsWith(API_CALL_PREFIX)) {
      await handleApiCall(core, req, res, pathname);
      return;
    }
    if (pathname.startsWith(BASEMAP_PREFIX)) {
      await handleBasemapTile(core, req, res, pathname);
      return;
    }
    if (pathname === DEVICE_EVENTS_PATH) {
      await handleDeviceEvents(core, req, res);
      return;
    }
    if (pathname === EVENTS_PATH) {
      streams.handle(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      closeAfterAnswer(req, res);
      refuse(res, 405, 'invalid_input', 'method not allowed');
      return;
    }
    const file = await resolveStatic(options.staticDir, pathname);
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
      streams.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
