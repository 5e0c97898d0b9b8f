// A layer exported in a chosen coordinate system: GeoJSON (with the old `crs` member naming
// the system when it is not WGS-84, as Chinese GIS tools expect and our import reads), or a
// Shapefile zip through @mapbox/shp-write with a .prj and a .cpg saying UTF-8.
//
// shp-write's .dbf writer stores each string's UTF-16 code units as single bytes, which
// breaks Chinese text; strings are handed to it as their UTF-8 bytes, one character per
// byte, so what lands in the file is UTF-8 and the .cpg can say so.
import shpwrite from '@mapbox/shp-write';
import JSZip from 'jszip';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GisExportInput } from '../../../../shared/gis';
import type { LngLat } from '../../../../shared/views';
import type { Db } from '../../db/database';
import { prjFor } from '../crs/prj';
import { crsTransform, type CrsTransform } from '../crs/transform';
import { layerFeatures } from './layerFeatures';

export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

function convert(g: Polygon | MultiPolygon | Point, t: CrsTransform): Polygon | MultiPolygon | Point {
  const p = (q: Position): Position => {
    const [x, y] = t.fromWgs84([q[0]!, q[1]!] as LngLat);
    // Metres to the millimetre, degrees to about a centimetre: enough, and small files.
    return t.projected ? [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000] : [Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7];
  };
  if (g.type === 'Point') return { type: 'Point', coordinates: p(g.coordinates) };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(p)) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(p))) };
}

const utf8AsBytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

const FILE_STEM: Record<GisExportInput['layer'], string> = { street: 'street', communities: 'communities', grids: 'grids', buildings: 'buildings', facilities: 'facilities' };

export async function exportLayer(db: Db, input: GisExportInput, stamp: string): Promise<ExportedFile> {
  const t = crsTransform(input.crs);
  let features: Feature<Geometry, Record<string, string | number>>[] = layerFeatures(db, input.layer).map((f) => ({ ...f, geometry: convert(f.geometry, t) }));
  const crsTag = input.crs.replace(':', '').replace('-', '');
  const stem = `streetops-${FILE_STEM[input.layer]}-${crsTag}-${stamp}`;
  if (input.format === 'geojson') {
    const collection: FeatureCollection & { crs?: unknown } = { type: 'FeatureCollection', features };
    if (input.crs !== 'EPSG:4326') collection.crs = { type: 'name', properties: { name: input.crs.startsWith('EPSG:') ? `urn:ogc:def:crs:EPSG::${input.crs.slice(5)}` : input.crs } };
    return { fileName: `${stem}.geojson`, mime: 'application/geo+json', base64: Buffer.from(JSON.stringify(collection), 'utf8').toString('base64') };
  }
  // shp-write writes Polygons and MultiPolygons to files of the same name, the second over the
  // first: a layer with any MultiPolygon is written as MultiPolygons throughout.
  if (features.some((f) => f.geometry.type === 'MultiPolygon')) {
    features = features.map((f) => (f.geometry.type === 'Polygon' ? { ...f, geometry: { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] } } : f));
  }
  const encoded: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ ...f, properties: Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, typeof v === 'string' ? utf8AsBytes(v) : v])) })),
  };
  const layerName = FILE_STEM[input.layer];
  const zipped = (await shpwrite.zip<'nodebuffer'>(encoded, {
    outputType: 'nodebuffer',
    compression: 'DEFLATE',
    prj: prjFor(input.crs),
    types: { polygon: layerName, multipolygon: layerName, point: layerName },
  })) as Buffer;
  const zip = await JSZip.loadAsync(zipped);
  zip.file(`${layerName}.cpg`, 'UTF-8');
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { fileName: `${stem}.zip`, mime: 'application/zip', base64: bytes.toString('base64') };
}
