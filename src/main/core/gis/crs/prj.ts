// A Shapefile's .prj (ESRI WKT) read to the coordinate system it names, and written for an
// export. Only what identifies our systems is read: the EPSG authority when present, else
// the geographic system's name and, for a projection, its central meridian and false
// easting (which name the Gauss-Krüger zone). Xi'an 1980 and Beijing 1954 are named and
// refused: converting them needs the district's own seven parameters.
import type { GisCrs } from '../../../../shared/gis';
import { GIS_CRS } from '../../../../shared/gis';
import { gkEpsgFor, gkZoneOf } from './gaussKruger';

export interface PrjReading {
  crs: GisCrs | null;
  /** The system's name as the file gives it. */
  name: string;
  /** Why it is not used, when crs is null. */
  unsupported: string | null;
}

function firstName(wkt: string): string {
  return /^\s*[A-Z_]+\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? wkt.slice(0, 60);
}

function parameter(wkt: string, name: string): number | null {
  const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
}

/** The authority of the whole definition: the last AUTHORITY / ID at top level. */
function topAuthority(wkt: string): number | null {
  const all = [...wkt.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/gi)];
  return all.length ? Number(all[all.length - 1]![1]) : null;
}

const isCgcs2000 = (s: string) => /2000/.test(s) && /(CGCS|China)/i.test(s);
const isWgs84 = (s: string) => /WGS[\s_]*(19)?84/i.test(s);

export function readPrj(wkt: string): PrjReading {
  const text = wkt.trim();
  const name = firstName(text);
  const epsg = topAuthority(text);
  if (epsg !== null && GIS_CRS.includes(`EPSG:${epsg}`)) return { crs: `EPSG:${epsg}`, name, unsupported: null };
  if (/Xian|Xi'an|1980/i.test(text) && !isCgcs2000(text)) return { crs: null, name, unsupported: 'Xi’an 1980 needs the district’s conversion parameters' };
  if (/Beijing[\s_]*1954/i.test(text)) return { crs: null, name, unsupported: 'Beijing 1954 needs the district’s conversion parameters' };
  if (/^\s*PROJCS/i.test(text) || /^\s*PROJCRS/i.test(text)) {
    if (/Mercator_Auxiliary_Sphere|Pseudo[\s_-]*Mercator|3857/i.test(text)) return { crs: null, name, unsupported: 'Web Mercator is not a survey system; export the file in CGCS2000 or WGS-84' };
    const cm = parameter(text, 'central_meridian');
    const fe = parameter(text, 'false_easting');
    const k = parameter(text, 'scale_factor') ?? 1;
    if (isCgcs2000(text) && cm !== null && fe !== null && Math.abs(k - 1) < 1e-9) {
      const found = gkEpsgFor(cm, fe);
      if (found !== null) return { crs: `EPSG:${found}`, name, unsupported: null };
    }
    return { crs: null, name, unsupported: 'only the CGCS2000 3° Gauss-Krüger zones are read among projected systems' };
  }
  if (/GCJ[\s_-]*0?2/i.test(text)) return { crs: 'GCJ-02', name, unsupported: null };
  if (/BD[\s_-]*0?9/i.test(text)) return { crs: 'BD-09', name, unsupported: null };
  if (isCgcs2000(text)) return { crs: 'EPSG:4490', name, unsupported: null };
  if (isWgs84(text)) return { crs: 'EPSG:4326', name, unsupported: null };
  return { crs: null, name, unsupported: 'not a coordinate system StreetOps knows' };
}

const WGS84_GEOGCS = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const CGCS2000_GEOGCS =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** ESRI WKT for an export's .prj. GCJ-02 and BD-09 have no standard definition: they are
 *  written as WGS-84 under their own name, which StreetOps (and most Chinese GIS tools) read back. */
export function prjFor(crs: GisCrs): string {
  if (crs === 'EPSG:4326') return WGS84_GEOGCS;
  if (crs === 'EPSG:4490') return CGCS2000_GEOGCS;
  if (crs === 'GCJ-02') return WGS84_GEOGCS.replace('GCS_WGS_1984', 'GCS_GCJ_02');
  if (crs === 'BD-09') return WGS84_GEOGCS.replace('GCS_WGS_1984', 'GCS_BD_09');
  const zone = gkZoneOf(Number(crs.replace(/^EPSG:/, '')));
  if (!zone) throw new Error(`unknown coordinate system ${crs}`);
  const name = zone.prefixed ? `CGCS2000_3_Degree_GK_Zone_${zone.zone}` : `CGCS2000_3_Degree_GK_CM_${zone.centralMeridian}E`;
  return (
    `PROJCS["${name}",${CGCS2000_GEOGCS},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${zone.falseEasting.toFixed(1)}],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${zone.centralMeridian.toFixed(1)}],PARAMETER["Scale_Factor",1.0],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}
