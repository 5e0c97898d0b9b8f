// A PMTiles v3 file read with the `pmtiles` library: our Source reads byte ranges of the
// local file with fs.read, our decompress uses node:zlib. The library parses the header and
// the directories; nothing here knows the format beyond the magic checked before opening.
import { open, type FileHandle } from 'node:fs/promises';
import { Compression, PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { decompressBytes, type TileCompression } from './decompressTile';
import type { ArchiveHeader, TileArchive } from './tileArchive';

class LocalFileSource implements Source {
  constructor(
    private readonly handle: FileHandle,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  /** A range past the end comes back short, as an HTTP range request would (the header read asks for 16 KiB). */
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(0, bytesRead) };
  }
}

function compressionOf(c: Compression): TileCompression {
  if (c === Compression.None || c === Compression.Unknown) return 'none';
  if (c === Compression.Gzip) return 'gzip';
  if (c === Compression.Brotli) return 'brotli';
  return 'unsupported';
}

const TILE_FORMATS: Record<number, string> = {
  [TileType.Unknown]: 'unknown',
  [TileType.Mvt]: 'mvt',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpeg',
  [TileType.Webp]: 'webp',
  [TileType.Avif]: 'avif',
  [TileType.Mlt]: 'mlt',
};

async function decompress(buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  const out = await decompressBytes(new Uint8Array(buf), compressionOf(compression));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export async function openPmtiles(path: string, key: string): Promise<TileArchive> {
  const handle = await open(path, 'r');
  const archive = new PMTiles(new LocalFileSource(handle, key), undefined, decompress);
  return {
    async header(): Promise<ArchiveHeader> {
      const h = await archive.getHeader();
      const metadata = (await archive.getMetadata().catch(() => ({}))) as Record<string, unknown> | null;
      return {
        kind: 'pmtiles',
        vector: h.tileType === TileType.Mvt,
        tileFormat: TILE_FORMATS[h.tileType] ?? `type ${h.tileType}`,
        compressionSupported: compressionOf(h.tileCompression) !== 'unsupported' && compressionOf(h.internalCompression) !== 'unsupported',
        compression: Compression[h.tileCompression] ?? String(h.tileCompression),
        minZoom: h.minZoom,
        maxZoom: h.maxZoom,
        bounds: [h.minLon, h.minLat, h.maxLon, h.maxLat],
        name: text(metadata?.name),
        attribution: text(metadata?.attribution),
      };
    },
    async tile(z, x, y) {
      const found = await archive.getZxy(z, x, y);
      return found ? new Uint8Array(found.data) : null;
    },
    close: () => handle.close(),
  };
}
