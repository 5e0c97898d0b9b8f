// GeoJSON: a FeatureCollection, a Feature or a bare geometry. RFC 7946 says WGS-84, but files
// from Chinese GIS tools often keep the old `crs` member (urn:ogc:def:crs:EPSG::4490): it is
// passed on so the layer's system can come from it.
import type { Feature, GeoJsonObject } from 'geojson';
import { GisReadError } from './gisReadError';
import type { RawLayer } from './rawLayer';

export function readGeoJson(fileName: string, bytes: Uint8Array): RawLayer {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new GisReadError('unreadable', `${fileName} is not valid GeoJSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const obj = doc as GeoJsonObject & { features?: unknown; geometry?: unknown; crs?: { properties?: { name?: unknown } } };
  let features: Feature[];
  if (obj?.type === 'FeatureCollection' && Array.isArray(obj.features)) features = obj.features as Feature[];
  else if (obj?.type === 'Feature') features = [obj as unknown as Feature];
  else if (typeof obj?.type === 'string' && 'coordinates' in (obj as object)) features = [{ type: 'Feature', properties: {}, geometry: obj as Feature['geometry'] }];
  else throw new GisReadError('unreadable', `${fileName} is JSON but not GeoJSON (no FeatureCollection, Feature or geometry)`);
  const crsName = obj.crs?.properties?.name;
  return { format: 'geojson', fileName, features, crsText: typeof crsName === 'string' ? crsName : null, encoding: 'UTF-8' };
}
