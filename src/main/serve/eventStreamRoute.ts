// GET /api/events: pushed events as server-sent events, for unlocked sessions only. A
// stream is refused (401) before it opens without a valid token, and ended as soon as its
// session is gone (locked or expired), found when an event arrives or on the heartbeat.
// Every open stream thus belongs to a live session, so every event may go to it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PushedEvent } from '../../shared/events';
import type { CoreHandle } from '../core/handle';
import { refuse } from './jsonResponse';
import { bearer, sameOrigin } from './requestHeaders';
import { SECURITY_HEADERS } from './securityHeaders';

export const EVENTS_PATH = '/api/events';
/** Proxies and browsers drop idle connections; a comment line every 15 s keeps ours open. */
export const DEFAULT_HEARTBEAT_MS = 15_000;

interface OpenStream {
  res: ServerResponse;
  token: string;
  heartbeat: ReturnType<typeof setInterval>;
}

export interface EventStreams {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open stream (server shutdown). */
  closeAll(): void;
}

export function eventStreams(core: CoreHandle, heartbeatMs = DEFAULT_HEARTBEAT_MS): EventStreams {
  const streams = new Set<OpenStream>();

  const end = (stream: OpenStream) => {
    clearInterval(stream.heartbeat);
    streams.delete(stream);
    stream.res.end();
  };

  const unsubscribe = core.subscribe((event: PushedEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) {
      if (!core.hasSession(stream.token)) end(stream);
      else stream.res.write(frame);
    }
  });

  return {
    handle(req, res) {
      if (req.method !== 'GET') {
        refuse(res, 405, 'invalid_input', `${EVENTS_PATH}: use GET`);
        return;
      }
      if (!sameOrigin(req.headers.origin, req.headers.host)) {
        refuse(res, 403, 'unauthorized', `${EVENTS_PATH}: the Origin header names another site`, { reason: 'foreign_origin', path: 'headers.origin' });
        return;
      }
      const token = bearer(req);
      if (token === null || !core.hasSession(token)) {
        refuse(res, 401, 'unauthorized', `${EVENTS_PATH}: the event stream needs an unlocked session`);
        return;
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      const stream: OpenStream = {
        res,
        token,
        heartbeat: setInterval(() => {
          if (!core.hasSession(token)) end(stream);
          else res.write(': ping\n\n');
        }, heartbeatMs),
      };
      streams.add(stream);
      req.on('close', () => {
        clearInterval(stream.heartbeat);
        streams.delete(stream);
      });
    },
    closeAll() {
      unsubscribe();
      for (const stream of [...streams]) end(stream);
    },
  };
}
