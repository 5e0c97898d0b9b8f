// A small PMTiles v3 basemap around the demo street (九龙街道, Chongqing), made the way a
// Protomaps extract is laid out: layers `roads`, `water`, `landuse` and `places` with
// `kind` and `name`. The tiles are MVT encoded by MapLibre's own geojson-vt and vt-pbf;
// the container (header, one root directory, JSON metadata, gzip throughout) is written
// here, since the `pmtiles` package only reads. The same tiles can be written as MBTiles.
// Options make the broken variants the refusal tests need (image tiles, another city, too
// few zoom levels).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { zxyToTileId } from 'pmtiles';
import Database from 'better-sqlite3-multiple-ciphers';

export type FixtureBBox = [number, number, number, number];

/** The demo street's centre (src/main/core/demo/plan.ts). */
const CX = 106.51;
const CY = 29.5;

const line = (kind: string, name: string, coords: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { kind, name, 'name:en': '' },
  geometry: { type: 'LineString', coordinates: coords },
});
const area = (kind: string, name: string, w: number, s: number, e: number, n: number): Feature => ({
  type: 'Feature',
  properties: { kind, name },
  geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
const place = (kind: string, name: string, lng: number, lat: number, minZoom: number): Feature => ({
  type: 'Feature',
  properties: { kind, name, min_zoom: minZoom },
  geometry: { type: 'Point', coordinates: [lng, lat] },
});

/** What the fixture's tiles hold, in WGS-84 around the street (names in Chinese, as a local extract has them). */
export function fixtureLayers(cx = CX, cy = CY): Record<string, FeatureCollection> {
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    // A bay of the river east of the street and a lake inside it: the demo street's own river lies south.
    water: fc([area('water', '嘉陵江', cx + 0.03, cy - 0.04, cx + 0.06, cy + 0.04), area('lake', '彩云湖', cx - 0.006, cy + 0.004, cx - 0.002, cy + 0.008)]),
    landuse: fc([area('park', '九龙公园', cx + 0.004, cy - 0.006, cx + 0.011, cy - 0.001), area('park', '石坪公园', cx - 0.03, cy + 0.012, cx - 0.022, cy + 0.02)]),
    roads: fc([
      line('highway', '内环快速路', [[cx - 0.05, cy + 0.025], [cx, cy + 0.022], [cx + 0.05, cy + 0.026]]),
      line('major_road', '九龙大道', [[cx - 0.05, cy - 0.003], [cx - 0.01, cy - 0.002], [cx + 0.05, cy - 0.004]]),
      line('major_road', '科园一路', [[cx - 0.012, cy - 0.04], [cx - 0.011, cy], [cx - 0.013, cy + 0.04]]),
      line('minor_road', '杨家坪正街', [[cx + 0.002, cy - 0.02], [cx + 0.003, cy + 0.02]]),
      line('minor_road', '西郊路', [[cx - 0.03, cy + 0.01], [cx + 0.02, cy + 0.011]]),
    ]),
    places: fc([place('locality', '九龙坡区', cx - 0.02, cy + 0.03, 9), place('neighbourhood', '谢家湾', cx + 0.008, cy + 0.004, 12), place('neighbourhood', '黄桷坪', cx - 0.008, cy - 0.003, 12)]),
  };
}

export interface FixtureOptions {
  /** West, south, east, north the header declares and the tiles cover (default: ±0.05° around the street). */
  bounds?: FixtureBBox;
  minZoom?: number;
  maxZoom?: number;
  /** 1 = MVT (default); 2 = PNG, for the "image tiles" refusal. */
  tileType?: number;
  /** Centre of the drawn features (default the demo street). */
  center?: [number, number];
}

function lngToX(lng: number, z: number): number {
  return Math.floor(((lng + 180) / 360) * 2 ** z);
}
function latToY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface DirEntry {
  tileId: number;
  offset: number;
  length: number;
}

/** PMTiles v3 directory: count, then tile-id deltas, run lengths, lengths, offsets (+1, or 0 when contiguous). */
function serializeDirectory(entries: readonly DirEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const _ of entries) writeVarint(out, 1);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    writeVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

function tileBytes(layers: Record<string, FeatureCollection>, z: number, x: number, y: number, tileType: number): Uint8Array | null {
  if (tileType !== 1) return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // a PNG signature stands for an image tile
  const tiles: Record<string, ReturnType<typeof geoJSONToTile>> = {};
  for (const [name, data] of Object.entries(layers)) {
    const tile = geoJSONToTile(data, z, x, y, { clip: true, extent: 4096, buffer: 64, maxZoom: z, tolerance: 1 });
    if (tile.features.length > 0) tiles[name] = tile;
  }
  if (Object.keys(tiles).length === 0) return null;
  return fromGeojsonVt(tiles, { version: 2, extent: 4096 });
}

interface FixtureTiles {
  bounds: FixtureBBox;
  minZoom: number;
  maxZoom: number;
  tileType: number;
  layerNames: string[];
  /** Stored bytes: gzip-compressed MVT, or the image stand-in. */
  tiles: { z: number; x: number; y: number; data: Buffer }[];
}

function fixtureTiles(options: FixtureOptions): FixtureTiles {
  const [cx, cy] = options.center ?? [CX, CY];
  const bounds = options.bounds ?? [cx - 0.05, cy - 0.05, cx + 0.05, cy + 0.05];
  const minZoom = options.minZoom ?? 10;
  const maxZoom = options.maxZoom ?? 14;
  const tileType = options.tileType ?? 1;
  const layers = fixtureLayers(cx, cy);
  const tiles: FixtureTiles['tiles'] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = lngToX(bounds[0], z); x <= lngToX(bounds[2], z); x++) {
      for (let y = latToY(bounds[3], z); y <= latToY(bounds[1], z); y++) {
        const raw = tileBytes(layers, z, x, y, tileType);
        if (raw) tiles.push({ z, x, y, data: tileType === 1 ? gzipSync(raw) : Buffer.from(raw) });
      }
    }
  }
  return { bounds, minZoom, maxZoom, tileType, layerNames: Object.keys(layers), tiles };
}

const FIXTURE_NAME = '九龙街道 test basemap';
const FIXTURE_ATTRIBUTION = '© OpenStreetMap contributors';

/** Builds the archive's bytes. */
export function buildPmtiles(options: FixtureOptions = {}): Buffer {
  const made = fixtureTiles(options);
  const { bounds, minZoom, maxZoom, tileType } = made;
  const entries: DirEntry[] = [];
  const blobs: Buffer[] = [];
  let offset = 0;
  const tiles = made.tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }));
  tiles.sort((a, b) => a.id - b.id);
  for (const t of tiles) {
    entries.push({ tileId: t.id, offset, length: t.data.length });
    blobs.push(t.data);
    offset += t.data.length;
  }
  const root = gzipSync(serializeDirectory(entries));
  const metadata = gzipSync(
    Buffer.from(
      JSON.stringify({
        name: FIXTURE_NAME,
        attribution: FIXTURE_ATTRIBUTION,
        vector_layers: made.layerNames.map((id) => ({ id, fields: { kind: 'String', name: 'String' } })),
      }),
    ),
  );
  const tileData = Buffer.concat(blobs);

  const HEADER = 127;
  const header = Buffer.alloc(HEADER);
  header.write('PMTiles', 0, 'latin1');
  header.writeUInt8(3, 7);
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  const rootOffset = HEADER;
  const metadataOffset = rootOffset + root.length;
  const tileOffset = metadataOffset + metadata.length;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, tileOffset); // no leaf directories: an empty section where they would start
  u64(48, 0);
  u64(56, tileOffset);
  u64(64, tileData.length);
  u64(72, tiles.length);
  u64(80, tiles.length);
  u64(88, tiles.length);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(2, 97); // internal compression gzip
  header.writeUInt8(tileType === 1 ? 2 : 1, 98); // tile compression: gzip for MVT, none for images
  header.writeUInt8(tileType, 99);
  header.writeUInt8(minZoom, 100);
  header.writeUInt8(maxZoom, 101);
  const e7 = (v: number) => Math.round(v * 1e7);
  header.writeInt32LE(e7(bounds[0]), 102);
  header.writeInt32LE(e7(bounds[1]), 106);
  header.writeInt32LE(e7(bounds[2]), 110);
  header.writeInt32LE(e7(bounds[3]), 114);
  header.writeUInt8(Math.min(maxZoom, 13), 118);
  header.writeInt32LE(e7((bounds[0] + bounds[2]) / 2), 119);
  header.writeInt32LE(e7((bounds[1] + bounds[3]) / 2), 123);
  return Buffer.concat([header, root, metadata, tileData]);
}

/** Writes the archive to `file` and returns its path. */
export function writePmtilesFixture(file: string, options: FixtureOptions = {}): string {
  writeFileSync(file, buildPmtiles(options));
  return file;
}

/** The same tiles as an MBTiles file (SQLite: metadata + tiles in TMS row order), as tippecanoe or a vendor writes it. */
export function writeMbtilesFixture(file: string, options: FixtureOptions = {}): string {
  const made = fixtureTiles(options);
  const db = new Database(file);
  try {
    db.exec('CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB); CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);');
    const meta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
    const format = made.tileType === 1 ? 'pbf' : 'png';
    for (const [k, v] of Object.entries({ name: FIXTURE_NAME, format, bounds: made.bounds.join(','), minzoom: String(made.minZoom), maxzoom: String(made.maxZoom), attribution: FIXTURE_ATTRIBUTION })) meta.run(k, v);
    const tile = db.prepare('INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const t of made.tiles) tile.run(t.z, t.x, 2 ** t.z - 1 - t.y, t.data);
    })();
  } finally {
    db.close();
  }
  return file;
}

/** The tile (z, x) column and y row that holds a point: for reading a tile the fixture surely has. */
export function tileAt(lng: number, lat: number, z: number): { z: number; x: number; y: number } {
  return { z, x: lngToX(lng, z), y: latToY(lat, z) };
}

export const FIXTURE_CENTER: [number, number] = [CX, CY];
