// A vector-tile file opened for reading: what the basemap needs from a PMTiles or an
// MBTiles file, whichever it is.
import type { BasemapKind } from '../../../shared/basemap';
import type { BBox } from '../../../shared/views';

export interface ArchiveHeader {
  kind: BasemapKind;
  /** True for vector tiles (MVT); raster or other tile types are refused. */
  vector: boolean;
  /** What the file says its tiles are (for the refusal message), e.g. "png". */
  tileFormat: string;
  /** The tiles' compression is one this core can undo (gzip or none; brotli too for MBTiles). */
  compressionSupported: boolean;
  compression: string;
  minZoom: number;
  maxZoom: number;
  bounds: BBox;
  name: string | null;
  attribution: string | null;
}

export interface TileArchive {
  header(): Promise<ArchiveHeader>;
  /** Uncompressed MVT bytes, or null where the file holds no tile. */
  tile(z: number, x: number, y: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}
