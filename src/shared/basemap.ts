// The offline basemap (底图): a vector-tile file of the street's area on this machine's disk
// (PMTiles v3, or MBTiles), chosen by an administrator. The core checks the file, keeps its
// path in the office settings and serves its tiles to the map; nothing is fetched from the
// network. Without one the map draws only the street's own layers, as before.
import { z } from 'zod';
import { text } from './inputRules';
import type { BBox } from './views';
import type { BasemapProblem } from './vocab/basemap';

export const BASEMAP_KINDS = ['pmtiles', 'mbtiles'] as const;
export type BasemapKind = (typeof BASEMAP_KINDS)[number];

export { BASEMAP_PROBLEMS, type BasemapProblem } from './vocab/basemap';

/** The zoom levels the street's map shows (zoom.ts): a basemap must cover some of them. */
export const BASEMAP_MIN_USEFUL_ZOOM = 12;
export const BASEMAP_MAX_ZOOM = 22;

export interface BasemapInfo {
  kind: BasemapKind;
  /** Absolute path on the machine that runs the core. */
  path: string;
  fileName: string;
  bytes: number;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in WGS-84, as the file declares. */
  bounds: BBox;
  /** The file's own name and attribution, when it declares them. */
  name: string | null;
  attribution: string | null;
}

export interface BasemapView {
  /** The chosen file, read now; null when none is chosen or it can no longer be read. */
  info: BasemapInfo | null;
  /** The chosen path, even when the file has gone (an unplugged disk); null when none is chosen. */
  path: string | null;
  /** Why a chosen file cannot be used now (moved, replaced by a broken one); null when fine. */
  problem: BasemapProblem | null;
  problemMessage: string | null;
}

/** One tile, uncompressed MVT bytes; null when the file has no tile there (the map leaves it empty). */
export type BasemapTile = { data: Uint8Array } | null;

const zoom = z.number().int('must be a whole number').min(0, 'must be at least 0').max(BASEMAP_MAX_ZOOM, `must be at most ${BASEMAP_MAX_ZOOM}`);
const tileIndex = z.number().int('must be a whole number').min(0, 'must be at least 0').max(2 ** BASEMAP_MAX_ZOOM - 1, 'is out of range');

export const basemapSetInput = z.strictObject({
  /** Absolute path of a .pmtiles or .mbtiles file; null turns the basemap off. */
  path: text(1000, { min: 1, minMessage: 'is required (the basemap file to use)' }).nullable(),
});

export const basemapTileInput = z
  .strictObject({ z: zoom, x: tileIndex, y: tileIndex })
  .refine((t) => t.x < 2 ** t.z && t.y < 2 ** t.z, { message: 'x and y must be below 2^z', path: ['x'] });

export const basemapSchemas = {
  'basemap.get': z.strictObject({}),
  'basemap.set': basemapSetInput,
  'basemap.tile': basemapTileInput,
} as const;

export interface BasemapOutputs {
  'basemap.get': BasemapView;
  'basemap.set': BasemapView;
  'basemap.tile': BasemapTile;
}
