// An MBTiles file (SQLite: `metadata` and `tiles`, rows in TMS order) opened read-only with
// the same SQLite driver as the street, without a key: MBTiles are plain SQLite. Vendors
// and tools such as tippecanoe write gzip-compressed MVT with format "pbf".
import Database from 'better-sqlite3-multiple-ciphers';
import type { BBox } from '../../../shared/views';
import { decompressBytes } from './decompressTile';
import type { ArchiveHeader, TileArchive } from './tileArchive';

export class NotMbtiles extends Error {}

function numberOr(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

function boundsOf(value: string | undefined): BBox {
  const parts = (value ?? '').split(',').map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? [parts[0]!, parts[1]!, parts[2]!, parts[3]!] : [-180, -85.0511, 180, 85.0511];
}

export function openMbtiles(path: string, nativeBinding: string | null): TileArchive {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").pluck().all() as string[]);
    if (!tables.has('metadata') || !tables.has('tiles')) throw new NotMbtiles('no metadata and tiles tables');
  } catch (err) {
    db.close();
    throw err instanceof NotMbtiles ? err : new NotMbtiles(err instanceof Error ? err.message : String(err));
  }
  const tileStmt = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?').pluck();
  return {
    async header(): Promise<ArchiveHeader> {
      const meta = new Map((db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[]).map((r) => [r.name, r.value]));
      const format = (meta.get('format') ?? '').toLowerCase();
      const zooms = db.prepare('SELECT min(zoom_level) AS lo, max(zoom_level) AS hi FROM tiles').get() as { lo: number | null; hi: number | null };
      const text = (key: string) => meta.get(key)?.trim() || null;
      return {
        kind: 'mbtiles',
        vector: format === 'pbf' || format === 'mvt',
        tileFormat: format || 'unknown',
        compressionSupported: true,
        compression: 'gzip',
        minZoom: numberOr(meta.get('minzoom'), zooms.lo ?? 0),
        maxZoom: numberOr(meta.get('maxzoom'), zooms.hi ?? 0),
        bounds: boundsOf(meta.get('bounds')),
        name: text('name'),
        attribution: text('attribution'),
      };
    },
    async tile(z, x, y) {
      // MBTiles count rows from the south (TMS); the map counts from the north.
      const data = tileStmt.get(z, x, 2 ** z - 1 - y) as Buffer | undefined;
      return data ? decompressBytes(new Uint8Array(data), 'gzip') : null;
    },
    close: async () => {
      db.close();
    },
  };
}
