// KML (Google Earth, 天地图 and most drawing tools) and KMZ (KML zipped): @tmcw/togeojson
// converts the placemarks, @xmldom/xmldom parses the XML in Node. KML is WGS-84 by definition,
// though Chinese tools sometimes write GCJ-02 into it: the preview over the map shows that.
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { GisReadError } from './gisReadError';
import type { RawLayer } from './rawLayer';

export function readKml(fileName: string, bytes: Uint8Array, format: 'kml' | 'kmz' = 'kml'): RawLayer {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let problem: string | null = null;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning' && !problem) problem = message;
    },
  }).parseFromString(text, 'text/xml');
  if (problem || !doc.documentElement || doc.getElementsByTagName('kml').length === 0) {
    throw new GisReadError('unreadable', `${fileName} is not a KML document${problem ? ` (${String(problem).split('\n')[0]})` : ''}`);
  }
  const collection = kml(doc);
  return { format, fileName, features: collection.features, crsText: null, encoding: 'UTF-8' };
}

export async function readKmz(fileName: string, bytes: Uint8Array): Promise<RawLayer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new GisReadError('not_zip', `${fileName} is not a KMZ (zip) archive`);
  }
  const kmls = Object.values(zip.files).filter((f) => !f.dir && f.name.toLowerCase().endsWith('.kml'));
  const main = kmls.find((f) => f.name.toLowerCase() === 'doc.kml') ?? kmls[0];
  if (!main) throw new GisReadError('unreadable', `${fileName} holds no .kml document`);
  const layer = readKml(`${fileName}/${main.name}`, await main.async('uint8array'), 'kmz');
  return layer;
}
