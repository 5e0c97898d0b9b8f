// POST /devices/events: vendor systems on the office LAN post device events here, with
// their source's key (`Authorization: DeviceKey sodk_…`) and the body as CSV (text/csv) or
// JSON Lines (application/x-ndjson), the same forms as the watched folder's files. Checked
// before the body is read: POST, no foreign Origin (a web page cannot post), a key, a known
// Content-Type, the declared length. The core checks the key against the stored hashes and
// takes the batch whole or refuses it whole: 200 with the result, 422 with every bad line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEVICE_POST_MAX_BYTES, type DeviceEventFormat, type IngestResult } from '../../shared/devices';
import type { CoreHandle } from '../core/handle';
import { errorStatus, refuse, sendJson } from './jsonResponse';
import { closeAfterAnswer } from './lingeringClose';
import { declaredTooLarge, readLimitedBody } from './limitedBody';
import { sameOrigin } from './requestHeaders';

export const DEVICE_EVENTS_PATH = '/devices/events';

function deviceKey(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  const m = auth ? /^DeviceKey\s+(\S+)$/i.exec(auth) : null;
  return m?.[1] ?? null;
}

function formatOf(contentType: string | undefined): DeviceEventFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/jsonlines') return 'jsonl';
  return null;
}

export async function handleDeviceEvents(core: CoreHandle, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refuseUnread = (...args: Parameters<typeof refuse>) => {
    closeAfterAnswer(req, res);
    refuse(...args);
  };
  if (req.method !== 'POST') return refuseUnread(res, 405, 'invalid_input', `${DEVICE_EVENTS_PATH}: use POST`);
  if (!sameOrigin(req.headers.origin, req.headers.host)) {
    return refuseUnread(res, 403, 'unauthorized', 'device events come from vendor systems, not from web pages', { reason: 'foreign_origin', path: 'headers.origin' });
  }
  const key = deviceKey(req);
  if (!key) return refuseUnread(res, 401, 'unauthorized', 'a device source key is required: Authorization: DeviceKey <key>', { reason: 'no_key', path: 'headers.authorization' });
  const format = formatOf(req.headers['content-type']);
  if (!format) {
    return refuseUnread(res, 415, 'invalid_input', 'the Content-Type must be text/csv or application/x-ndjson (JSON Lines)', { reason: 'content_type', path: 'headers.content-type' });
  }
  const tooLarge = () => refuseUnread(res, 413, 'invalid_input', `the body is larger than ${DEVICE_POST_MAX_BYTES / 1024 / 1024} MiB; put larger batches in the watched folder`, { reason: 'too_large', path: 'body' });
  if (declaredTooLarge(req, DEVICE_POST_MAX_BYTES)) return tooLarge();
  const body = await readLimitedBody(req, DEVICE_POST_MAX_BYTES);
  if (!body.ok) return tooLarge();
  const result = await core.call('device.ingest', { key, format, text: body.text }, null, { source: req.socket.remoteAddress ?? 'unknown' });
  if (!result.ok) return sendJson(res, errorStatus(result.error), result);
  sendJson(res, (result.result as IngestResult).ok ? 200 : 422, result);
}
