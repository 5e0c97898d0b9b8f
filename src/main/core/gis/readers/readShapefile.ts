// A Shapefile as the .zip offices pass around: .shp (shapes), .dbf (attributes), optionally
// .prj (coordinate system) and .cpg (the attributes' code page). shpjs parses the shapes and
// records; this is the glue: find the parts, choose the text encoding, line records up with
// shapes. The encoding: the .cpg decides; without one, attribute text that is not valid
// UTF-8 is GBK (what Chinese ArcGIS and SuperMap write by default).
import JSZip from 'jszip';
import { parseDbf, parseShp } from 'shpjs';
import type { Feature } from 'geojson';
import { GisReadError } from './gisReadError';
import type { RawLayer } from './rawLayer';

const ext = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const base = (name: string) => name.slice(0, name.lastIndexOf('.'));

/** The code page a .cpg names, as TextDecoder knows it. */
export function encodingOfCpg(cpg: string): string {
  const t = cpg.trim().toLowerCase();
  if (/^(utf-?8|65001)$/.test(t)) return 'utf-8';
  if (/^(gbk|cp936|936|ansi 936|gb2312|gb18030)$/.test(t)) return 'gbk';
  return t;
}

/** The .dbf's records region decoded strictly as UTF-8: if it fails, the text is GBK. */
export function detectDbfEncoding(dbf: Uint8Array): 'utf-8' | 'gbk' {
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const headerLength = dbf.byteLength >= 10 ? view.getUint16(8, true) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(0, headerLength));
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLength));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

export async function readShapefile(fileName: string, bytes: Uint8Array): Promise<RawLayer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new GisReadError('not_zip', `${fileName} is not a zip archive: a Shapefile is imported as a .zip holding its .shp, .dbf and .prj`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.includes('__MACOSX'));
  const shps = entries.filter((f) => ext(f.name) === 'shp');
  if (shps.length === 0) throw new GisReadError('no_shp', `${fileName} holds no .shp file (found: ${entries.map((f) => f.name).join(', ') || 'nothing'})`);
  if (shps.length > 1) throw new GisReadError('unreadable', `${fileName} holds ${shps.length} layers (${shps.map((f) => f.name).join(', ')}); zip one layer per file`);
  const shp = shps[0]!;
  const stem = base(shp.name).toLowerCase();
  const part = (e: string) => entries.find((f) => base(f.name).toLowerCase() === stem && ext(f.name) === e);
  const shpName = shp.name.split('/').pop()!;
  const dbfEntry = part('dbf');
  if (!dbfEntry) throw new GisReadError('missing_dbf', `${fileName}: ${shpName} has no .dbf beside it, so its features have no codes or names; zip the .dbf with it`);
  const [shpBytes, dbfBytes, prjText, cpgText] = await Promise.all([
    shp.async('uint8array'),
    dbfEntry.async('uint8array'),
    part('prj')?.async('string') ?? Promise.resolve(null),
    part('cpg')?.async('string') ?? Promise.resolve(null),
  ]);
  const encoding = cpgText ? encodingOfCpg(cpgText) : detectDbfEncoding(dbfBytes);
  let shapes: ReturnType<typeof parseShp>;
  let records: ReturnType<typeof parseDbf>;
  try {
    shapes = parseShp(shpBytes);
  } catch (err) {
    throw new GisReadError('unreadable', `${fileName}: ${shpName} cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    records = parseDbf(dbfBytes, encoding);
  } catch (err) {
    throw new GisReadError('unreadable', `${fileName}: ${base(shpName)}.dbf cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
  if (records.length !== shapes.length) {
    throw new GisReadError('unreadable', `${fileName}: ${shpName} has ${shapes.length} shapes but its .dbf ${records.length} records; the two files are not of the same layer`);
  }
  const features: Feature[] = shapes.map((geometry, i) => ({ type: 'Feature', properties: records[i] ?? {}, geometry: geometry as Feature['geometry'] }));
  return { format: 'shapefile', fileName: `${fileName}/${shpName}`, features, crsText: prjText, encoding };
}
