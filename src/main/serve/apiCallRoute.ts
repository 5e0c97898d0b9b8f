// POST /api/call/<method>: one API call. Everything cheap is checked before the body is
// read, in this order: the method name decodes, POST, our Origin, a JSON Content-Type,
// a session for non-public methods, a known method, the declared length. Only then is
// the body read (up to the method's limit), its nesting scanned, and JSON.parse run.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isApiMethod, PUBLIC_METHODS } from '../../shared/api';
import type { CoreHandle } from '../core/handle';
import { bodyLimitFor, formatLimit } from './bodyLimits';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonNesting';
import { errorStatus, refuse, sendJson } from './jsonResponse';
import { closeAfterAnswer } from './lingeringClose';
import { declaredTooLarge, readLimitedBody } from './limitedBody';
import { bearer, isJsonContentType, sameOrigin } from './requestHeaders';

export const API_CALL_PREFIX = '/api/call/';

export async function handleApiCall(core: CoreHandle, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  /** A refusal that leaves (part of) the body unread: the connection closes after it. */
  const refuseUnread = (...args: Parameters<typeof refuse>) => {
    closeAfterAnswer(req, res);
    refuse(...args);
  };
  let method: string;
  try {
    method = decodeURIComponent(pathname.slice(API_CALL_PREFIX.length));
  } catch {
    refuseUnread(res, 400, 'invalid_input', 'the method name in the URL has a malformed %-escape', { reason: 'bad_url', path: 'url' });
    return;
  }
  if (req.method !== 'POST') {
    refuseUnread(res, 405, 'invalid_input', `${method}: use POST`);
    return;
  }
  if (!sameOrigin(req.headers.origin, req.headers.host)) {
    refuseUnread(res, 403, 'unauthorized', `${method}: the Origin header names another site; API calls are accepted only from this server's own pages`, {
      reason: 'foreign_origin',
      path: 'headers.origin',
    });
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    refuseUnread(res, 415, 'invalid_input', `${method}: the Content-Type header must be application/json`, {
      reason: 'content_type',
      path: 'headers.content-type',
    });
    return;
  }
  const token = bearer(req);
  // Without a session a non-public call is refused before a byte of its body is read.
  if (!PUBLIC_METHODS.some((m) => m === method) && !core.hasSession(token)) {
    refuseUnread(res, 401, 'unauthorized', 'this call needs an unlocked session');
    return;
  }
  if (!isApiMethod(method)) {
    refuseUnread(res, 404, 'unknown_method', `unknown API method: ${method.slice(0, 80)}`);
    return;
  }
  const limit = bodyLimitFor(method);
  const tooLarge = () =>
    refuseUnread(res, 413, 'invalid_input', `${method}: the request body is larger than ${formatLimit(limit)}, the limit for this method`, {
      reason: 'too_large',
      path: 'body',
    });
  if (declaredTooLarge(req, limit)) {
    tooLarge();
    return;
  }
  const body = await readLimitedBody(req, limit);
  if (!body.ok) {
    tooLarge();
    return;
  }
  if (nestsDeeperThan(body.text, MAX_JSON_DEPTH)) {
    refuse(res, 400, 'invalid_input', `${method}: the request body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`, { reason: 'too_deep', path: 'body' });
    return;
  }
  let input: unknown;
  try {
    input = body.text.trim() === '' ? {} : (JSON.parse(body.text) as unknown);
  } catch {
    refuse(res, 400, 'invalid_input', `${method}: the request body is not valid JSON`, { reason: 'not_json', path: 'body' });
    return;
  }
  const result = await core.call(method, input, token, { source: req.socket.remoteAddress ?? 'unknown' });
  sendJson(res, result.ok ? 200 : errorStatus(result.error), result);
}
