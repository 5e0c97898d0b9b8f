// Which reader a file goes to: by its name, else by its first bytes (a zip that holds a
// .kml is a KMZ, any other zip a Shapefile).
import { readGeoJson } from './readGeoJson';
import { GisReadError } from './gisReadError';
import { readKml, readKmz } from './readKml';
import type { RawLayer } from './rawLayer';
import { readShapefile } from './readShapefile';

export async function readGisFile(fileName: string, bytes: Uint8Array): Promise<RawLayer> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return readGeoJson(fileName, bytes);
  if (lower.endsWith('.kml')) return readKml(fileName, bytes);
  if (lower.endsWith('.kmz')) return readKmz(fileName, bytes);
  if (lower.endsWith('.zip')) return readShapefile(fileName, bytes);
  if (lower.endsWith('.shp') || lower.endsWith('.dbf')) {
    throw new GisReadError('not_zip', `${fileName}: a Shapefile is imported as a .zip holding its .shp, .dbf and .prj together, not one part alone`);
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '').trimStart();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const asText = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64_000)));
    return /\.kml/i.test(asText) ? readKmz(fileName, bytes) : readShapefile(fileName, bytes);
  }
  if (head.startsWith('{')) return readGeoJson(fileName, bytes);
  if (head.startsWith('<')) return readKml(fileName, bytes);
  throw new GisReadError('unreadable', `${fileName} is not a file StreetOps reads: GeoJSON (.geojson), Shapefile (.zip), KML (.kml) or KMZ (.kmz)`);
}
