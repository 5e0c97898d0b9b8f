// How the map gets basemap tiles: a MapLibre protocol (streetops-basemap://v<rev>/z/x/y)
// answered by the core, never the network. In Electron the tile comes over the one IPC
// bridge (basemap.tile); in the browser shell from GET /basemap/z/x/y on our own origin,
// with the session token like every API call (a tile URL in the style could not carry it).
import { addProtocol, type GetResourceResponse, type RequestParameters } from 'maplibre-gl';
import { api } from '../../api/api';
import { tokenStore } from '../../api/tokenStore';
import { BASEMAP_SCHEME } from './basemapTileUrl';

const TILE_URL = /^streetops-basemap:\/\/[^/]+\/(\d+)\/(\d+)\/(\d+)$/;
const EMPTY = new Uint8Array(0);

async function overHttp(z: number, x: number, y: number, signal: AbortSignal): Promise<Uint8Array> {
  const token = tokenStore.get();
  const response = await fetch(`/basemap/${z}/${x}/${y}`, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal, cache: 'no-store' });
  // 204: the file has no tile here; anything else that is not a tile leaves the square empty too.
  if (response.status !== 200) return EMPTY;
  return new Uint8Array(await response.arrayBuffer());
}

async function loadTile(params: RequestParameters, abort: AbortController): Promise<GetResourceResponse<Uint8Array>> {
  const m = TILE_URL.exec(params.url);
  if (!m) throw new Error(`not a basemap tile URL: ${params.url}`);
  const [z, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!window.streetops) return { data: await overHttp(z, x, y, abort.signal) };
  const tile = await api.call('basemap.tile', { z, x, y });
  return { data: tile ? tile.data : EMPTY };
}

let registered = false;

export function registerBasemapProtocol(): void {
  if (registered) return;
  addProtocol(BASEMAP_SCHEME, loadTile);
  registered = true;
}
