// Tile and directory bytes as stored in a basemap file are gzip-compressed (or not at all);
// undone with node:zlib so nothing depends on a web DecompressionStream in the main process.
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const brotliAsync = promisify(brotliDecompress);

export type TileCompression = 'none' | 'gzip' | 'brotli' | 'unsupported';

export async function decompressBytes(bytes: Uint8Array, compression: TileCompression): Promise<Uint8Array> {
  switch (compression) {
    case 'none':
      return bytes;
    case 'gzip':
      // MBTiles writers use gzip (1f 8b) or, rarely, zlib; the first bytes say which.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) return new Uint8Array(await gunzipAsync(bytes));
      if (bytes[0] === 0x78) return new Uint8Array(await inflateAsync(bytes));
      return bytes;
    case 'brotli':
      return new Uint8Array(await brotliAsync(bytes));
    case 'unsupported':
      throw new Error('the tiles use a compression this version cannot read');
  }
}
