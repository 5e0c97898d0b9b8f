// Opens a file an administrator names as the basemap and checks that the map can use it:
// it exists, is a PMTiles v3 archive (magic and version) or an MBTiles file, holds vector tiles (MVT) in a
// compression we can undo, covers the street's area and some of the zoom levels the map
// shows. Every refusal is an invalid_input naming the file and saying why, so nothing is
// stored for a file that would draw nothing.
import { open, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { BASEMAP_MIN_USEFUL_ZOOM, type BasemapInfo, type BasemapProblem } from '../../../shared/basemap';
import { ApiError } from '../../../shared/errors';
import type { BBox } from '../../../shared/views';
import { NotMbtiles, openMbtiles } from './mbtilesArchive';
import { openPmtiles } from './pmtilesArchive';
import type { TileArchive } from './tileArchive';

export class BasemapRefused extends ApiError {
  constructor(
    readonly problem: BasemapProblem,
    message: string,
  ) {
    super('invalid_input', message, [{ path: 'path', message, reason: problem }]);
  }
}

const PMTILES_MAGIC = 'PMTiles';
const SQLITE_MAGIC = 'SQLite format 3\u0000';

async function leadingBytes(path: string, n: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

const fmt = (box: BBox) => box.map((v) => v.toFixed(4)).join(', ');

export interface OpenedBasemap {
  archive: TileArchive;
  info: BasemapInfo;
}

/** A PMTiles v3 file by its signature, or an MBTiles file (SQLite with `metadata` and `tiles`). */
async function openArchive(path: string, name: string, lead: Buffer, nativeBinding: string | null): Promise<TileArchive> {
  if (lead.subarray(0, 16).toString('latin1') === SQLITE_MAGIC) {
    try {
      return openMbtiles(path, nativeBinding);
    } catch (err) {
      if (err instanceof NotMbtiles) throw new BasemapRefused('unknown_format', `${name}: is an SQLite database but not MBTiles (it has no metadata and tiles tables)`);
      throw new BasemapRefused('unreadable', `${name}: the MBTiles file cannot be opened (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (lead.subarray(0, 7).toString('latin1') !== PMTILES_MAGIC) {
    throw new BasemapRefused('unknown_format', `${name}: is neither a PMTiles nor an MBTiles file (it starts with neither signature)`);
  }
  const version = lead[7] ?? 0;
  if (version !== 3) throw new BasemapRefused('unsupported_version', `${name}: is PMTiles version ${version}; StreetOps reads version 3 (re-extract it with a current pmtiles tool)`);
  return openPmtiles(path, path);
}

/** `streetBox` is the street's extent; null (a street with no boundary yet) skips the area check. */
export async function openBasemap(path: string, streetBox: BBox | null, nativeBinding: string | null = null): Promise<OpenedBasemap> {
  const name = basename(path);
  if (!isAbsolute(path)) throw new BasemapRefused('not_found', `${path}: give the full path of the basemap file (e.g. D:\\maps\\street.pmtiles or /media/usb/street.pmtiles)`);
  let bytes: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new BasemapRefused('not_a_file', `${name}: is a folder, not a basemap file (.pmtiles)`);
    bytes = s.size;
  } catch (err) {
    if (err instanceof BasemapRefused) throw err;
    throw new BasemapRefused('not_found', `${path}: no such file on this computer (check the path and that the disk is plugged in)`);
  }
  const lead = await leadingBytes(path, 16).catch(() => {
    throw new BasemapRefused('unreadable', `${name}: the file cannot be read (permissions?)`);
  });
  const archive = await openArchive(path, name, lead, nativeBinding);
  try {
    const header = await archive.header().catch(() => {
      throw new BasemapRefused('unreadable', `${name}: its header or directory is damaged`);
    });
    if (!header.vector) throw new BasemapRefused('not_vector', `${name}: holds ${header.tileFormat} tiles, not vector tiles; the basemap must be vector tiles (MVT), e.g. a Protomaps basemap extract`);
    if (!header.compressionSupported) throw new BasemapRefused('unsupported_compression', `${name}: its tiles are compressed with ${header.compression}; use gzip or none (pmtiles extract keeps gzip)`);
    if (streetBox && !overlaps(header.bounds, streetBox)) {
      throw new BasemapRefused('outside_street', `${name}: covers ${fmt(header.bounds)} (W, S, E, N), which does not reach the street (${fmt(streetBox)}); extract the street's area`);
    }
    if (header.maxZoom < BASEMAP_MIN_USEFUL_ZOOM || header.minZoom > header.maxZoom) {
      throw new BasemapRefused('zoom_range', `${name}: has zoom levels ${header.minZoom}–${header.maxZoom}; the street map needs tiles up to at least zoom ${BASEMAP_MIN_USEFUL_ZOOM}`);
    }
    return {
      archive,
      info: {
        kind: header.kind,
        path,
        fileName: name,
        bytes,
        minZoom: header.minZoom,
        maxZoom: header.maxZoom,
        bounds: header.bounds,
        name: header.name,
        attribution: header.attribution,
      },
    };
  } catch (err) {
    await archive.close();
    throw err;
  }
}
