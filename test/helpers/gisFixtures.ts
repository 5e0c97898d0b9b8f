// GIS files for the import's tests, built here rather than shipped: Shapefile zips whose
// .shp comes from @mapbox/shp-write's writer and whose .dbf is written by hand (so its text
// can be GBK, as Chinese ArcGIS writes it), GeoJSON with a crs member, and the demo
// street's own grids and buildings moved into another coordinate system.
import JSZip from 'jszip';
import shpwrite from '@mapbox/shp-write';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import type { Db } from '../../src/main/core/db/database';
import { crsTransform } from '../../src/main/core/gis/crs/transform';
import { prjFor } from '../../src/main/core/gis/crs/prj';
import type { GisCrs } from '../../src/shared/gis';
import type { LngLat } from '../../src/shared/views';

let gbkTable: Map<string, number[]> | null = null;

/** GBK bytes of a string: the table is the inverse of the platform's GBK decoder over every two-byte code. */
export function gbkEncode(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

/** A dBase III table of text fields (C, 254 bytes wide at most). */
export function dbfBytes(fields: readonly string[], rows: readonly (readonly string[])[], encoding: 'utf-8' | 'gbk'): Uint8Array {
  const encode = (s: string) => (encoding === 'gbk' ? gbkEncode(s) : new TextEncoder().encode(s));
  const widths = fields.map((_, i) => Math.min(254, Math.max(10, ...rows.map((r) => encode(r[i] ?? '').length))));
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const buf = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(buf.buffer);
  view.setUint8(0, 0x03);
  view.setUint8(1, 126);
  view.setUint8(2, 11);
  view.setUint8(3, 20);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((name, i) => {
    const at = 32 + 32 * i;
    buf.set(encode(name).subarray(0, 10), at);
    buf[at + 11] = 'C'.charCodeAt(0);
    buf[at + 16] = widths[i]!;
  });
  buf[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    buf[at++] = 0x20;
    widths.forEach((w, i) => {
      const bytes = encode(row[i] ?? '').subarray(0, w);
      buf.fill(0x20, at, at + w);
      buf.set(bytes, at);
      at += w;
    });
  });
  buf[buf.length - 1] = 0x1a;
  return buf;
}

export interface ShapefileSpec {
  name: string;
  geometries: (Polygon | Point)[];
  fields: string[];
  rows: string[][];
  encoding?: 'utf-8' | 'gbk';
  /** The .prj text; null leaves it out. */
  prj?: string | null;
  /** The .cpg text; null leaves it out. */
  cpg?: string | null;
  withoutDbf?: boolean;
}

/** A Shapefile zip: .shp and .shx from shp-write's writer, .dbf by hand. */
export async function shapefileZip(spec: ShapefileSpec): Promise<Buffer> {
  const points = spec.geometries[0]?.type === 'Point';
  const coords = spec.geometries.map((g) => g.coordinates);
  const files = await new Promise<{ shp: DataView; shx: DataView }>((resolve, reject) =>
    shpwrite.write(spec.rows.map(() => ({})), points ? 'POINT' : 'POLYGON', coords, (err: unknown, out: { shp: DataView; shx: DataView }) => (err ? reject(err) : resolve(out))),
  );
  const zip = new JSZip();
  zip.file(`${spec.name}.shp`, new Uint8Array(files.shp.buffer));
  zip.file(`${spec.name}.shx`, new Uint8Array(files.shx.buffer));
  if (!spec.withoutDbf) zip.file(`${spec.name}.dbf`, dbfBytes(spec.fields, spec.rows, spec.encoding ?? 'utf-8'));
  if (spec.prj) zip.file(`${spec.name}.prj`, spec.prj);
  if (spec.cpg) zip.file(`${spec.name}.cpg`, spec.cpg);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A geometry moved from WGS-84 into `crs` (to 1e-9° or the millimetre). */
export function toCrs<G extends Polygon | Point>(g: G, crs: GisCrs): G {
  const t = crsTransform(crs);
  const p = (q: Position): Position => t.fromWgs84([q[0]!, q[1]!] as LngLat);
  if (g.type === 'Point') return { type: 'Point', coordinates: p(g.coordinates) } as G;
  return { type: 'Polygon', coordinates: (g as Polygon).coordinates.map((r) => r.map(p)) } as G;
}

export interface DemoGrid {
  id: number;
  code: string;
  name: string;
  communityCode: string;
  boundary: Polygon;
}

export function demoGrids(db: Db): DemoGrid[] {
  return (db.prepare('SELECT g.id, g.code, g.name, c.code AS community, g.boundary FROM grid g JOIN community c ON c.id = g.community_id ORDER BY g.id').all() as { id: number; code: string; name: string; community: string; boundary: string }[]).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    communityCode: r.community,
    boundary: JSON.parse(r.boundary) as Polygon,
  }));
}

/** The street's grids as a Shapefile in `crs` (its .prj written unless `prj: null`), attributes in Chinese field names. */
export async function gridShapefile(grids: readonly DemoGrid[], crs: GisCrs, options: { encoding?: 'utf-8' | 'gbk'; prj?: string | null; cpg?: string | null; name?: string } = {}): Promise<Buffer> {
  return shapefileZip({
    name: options.name ?? '网格',
    geometries: grids.map((g) => toCrs(g.boundary, crs)),
    // A .dbf field name holds 10 bytes: Chinese names fit in GBK (2 bytes a character), not in UTF-8 (3), so UTF-8 files use the pinyin initials Chinese GIS files use.
    fields: (options.encoding ?? 'utf-8') === 'gbk' ? ['网格编码', '网格名称', '社区编码'] : ['WGBM', 'WGMC', 'SQBM'],
    rows: grids.map((g) => [g.code, g.name, g.communityCode]),
    encoding: options.encoding ?? 'utf-8',
    prj: options.prj === undefined ? prjFor(crs) : options.prj,
    cpg: options.cpg === undefined ? null : options.cpg,
  });
}

/**
 * `n` square footprints of about 12 × 12 m laid out on a lattice inside a grid's box (centres
 * inside the grid only), clear by 5 m of every footprint in `avoid` (a street's own buildings:
 * a new footprint on top of one would hide it from a click in a later test).
 */
export function footprintsIn(grid: Polygon, n: number, first = 1, codePrefix = 'GIS-B', avoid: readonly Polygon[] = []): Feature<Polygon>[] {
  const xs = grid.coordinates[0]!.map((p) => p[0]!);
  const ys = grid.coordinates[0]!.map((p) => p[1]!);
  const [w, e, s, nn] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const dLat = 12 / 111_320;
  const dLng = dLat / Math.cos((s * Math.PI) / 180);
  const [mLat, mLng] = [dLat * (5 / 12), dLng * (5 / 12)];
  const boxes = avoid.map((f) => {
    const ring = f.coordinates[0]!;
    return [Math.min(...ring.map((p) => p[0]!)), Math.min(...ring.map((p) => p[1]!)), Math.max(...ring.map((p) => p[0]!)), Math.max(...ring.map((p) => p[1]!))] as const;
  });
  const clear = (x: number, y: number) => boxes.every(([bw, bs, be, bn]) => x + dLng / 2 + mLng < bw || x - dLng / 2 - mLng > be || y + dLat / 2 + mLat < bs || y - dLat / 2 - mLat > bn);
  const out: Feature<Polygon>[] = [];
  // A finer lattice where buildings must be avoided, so enough places stay free.
  const side = Math.ceil(Math.sqrt(n * 3)) * (avoid.length > 0 ? 3 : 1);
  for (let i = 0; out.length < n && i < side * side * 4; i++) {
    const x = w + ((i % side) + 0.5) * ((e - w) / side);
    const y = s + (Math.floor(i / side) + 0.5) * ((nn - s) / side);
    if (!inside([x, y], grid.coordinates[0]!) || !inside([x - dLng, y - dLat], grid.coordinates[0]!) || !inside([x + dLng, y + dLat], grid.coordinates[0]!) || !inside([x - dLng, y + dLat], grid.coordinates[0]!) || !inside([x + dLng, y - dLat], grid.coordinates[0]!)) continue;
    if (!clear(x, y)) continue;
    // Clear of the footprints already laid out too (with `avoid` only: the default lattice is what the bench's 10,000 footprints are made of).
    if (boxes.length > 0 && out.some((f) => Math.abs(f.geometry.coordinates[0]![0]![0]! + dLng / 2 - x) < dLng + mLng && Math.abs(f.geometry.coordinates[0]![0]![1]! + dLat / 2 - y) < dLat + mLat)) continue;
    const k = first + out.length;
    const ring = [[x - dLng / 2, y - dLat / 2], [x + dLng / 2, y - dLat / 2], [x + dLng / 2, y + dLat / 2], [x - dLng / 2, y + dLat / 2], [x - dLng / 2, y - dLat / 2]];
    out.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { 楼栋编码: `${codePrefix}${String(k).padStart(5, '0')}`, 楼栋名称: `测绘楼栋${k}号`, 层数: String(6 + (k % 12)) } });
  }
  return out;
}

function inside([x, y]: number[], ring: Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** A GeoJSON FeatureCollection in `crs`, with the crs member naming it (as Chinese GIS tools write). */
export function geoJsonIn(features: Feature<Polygon | Point>[], crs: GisCrs): Buffer {
  const collection: FeatureCollection & { crs?: unknown } = { type: 'FeatureCollection', features: features.map((f) => ({ ...f, geometry: toCrs(f.geometry, crs) })) };
  if (crs !== 'EPSG:4326') collection.crs = { type: 'name', properties: { name: crs.startsWith('EPSG:') ? `urn:ogc:def:crs:EPSG::${crs.slice(5)}` : crs } };
  return Buffer.from(JSON.stringify(collection));
}
