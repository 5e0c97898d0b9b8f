// GET /basemap/<z>/<x>/<y>: one tile of the offline basemap for the browser shell, read by
// the core from the chosen file (basemap.tile) and sent as raw MVT bytes. Authenticated like
// the API (a Bearer session token); 204 where the file holds no tile, so the map leaves it
// empty. The renderer asks for tiles through its own MapLibre protocol (renderer/map/basemap).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BasemapTile } from '../../shared/basemap';
import type { CoreHandle } from '../core/handle';
import { errorStatus, refuse } from './jsonResponse';
import { closeAfterAnswer } from './lingeringClose';
import { bearer } from './requestHeaders';
import { SECURITY_HEADERS } from './securityHeaders';

export const BASEMAP_PREFIX = '/basemap/';
const TILE_PATH = /^\/basemap\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})$/;

export async function handleBasemapTile(core: CoreHandle, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (req.method !== 'GET') {
    closeAfterAnswer(req, res);
    refuse(res, 405, 'invalid_input', 'basemap tiles: use GET');
    return;
  }
  const m = TILE_PATH.exec(pathname);
  if (!m) {
    refuse(res, 404, 'not_found', 'basemap tiles are at /basemap/<z>/<x>/<y>');
    return;
  }
  const result = await core.call('basemap.tile', { z: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }, bearer(req), { source: req.socket.remoteAddress ?? 'unknown' });
  if (!result.ok) {
    refuse(res, errorStatus(result.error), result.error.code, result.error.message);
    return;
  }
  const tile = result.result as BasemapTile;
  const headers = { ...SECURITY_HEADERS, 'Cache-Control': 'private, no-cache' };
  if (!tile) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': 'application/vnd.mapbox-vector-tile', 'Content-Length': tile.data.byteLength });
  res.end(Buffer.from(tile.data.buffer, tile.data.byteOffset, tile.data.byteLength));
}
