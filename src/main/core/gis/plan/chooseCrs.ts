// The layer's coordinate system: the user's pick wins; else what the file says (a
// Shapefile's .prj, a GeoJSON crs member); else the format's own (GeoJSON and KML are
// WGS-84 by definition); a Shapefile without .prj must be picked by the user.
import type { GisCrs, GisCrsView, GisFileProblem } from '../../../../shared/gis';
import { GIS_CRS } from '../../../../shared/gis';
import { readPrj } from '../crs/prj';
import type { RawLayer } from '../readers/rawLayer';

/** A GeoJSON crs member's name: urn:ogc:def:crs:EPSG::4490, EPSG:4490, …CRS84. */
function crsMember(name: string): GisCrs | null {
  if (/CRS84$/i.test(name)) return 'EPSG:4326';
  if (name === 'GCJ-02' || name === 'BD-09') return name;
  const m = /EPSG:+(\d+)$/i.exec(name.trim());
  if (m && GIS_CRS.includes(`EPSG:${m[1]}`)) return `EPSG:${m[1]}`;
  return null;
}

export function chooseCrs(raw: RawLayer, picked: GisCrs | undefined): { view: GisCrsView; problem: GisFileProblem | null } {
  let prjName: string | null = null;
  let fromFile: GisCrs | null = null;
  let unsupported: string | null = null;
  if (raw.crsText) {
    if (raw.format === 'shapefile') {
      const r = readPrj(raw.crsText);
      prjName = r.name;
      fromFile = r.crs;
      unsupported = r.unsupported;
    } else {
      prjName = raw.crsText;
      fromFile = crsMember(raw.crsText);
      if (!fromFile) unsupported = 'not a coordinate system StreetOps knows';
    }
  }
  if (picked) return { view: { crs: picked, source: 'user', prjName }, problem: null };
  if (fromFile) return { view: { crs: fromFile, source: 'file', prjName }, problem: null };
  if (unsupported) {
    return {
      view: { crs: null, source: null, prjName },
      problem: { code: 'crs_unsupported', file: raw.fileName, feature: null, label: null, message: `${raw.fileName} is in ${prjName}: ${unsupported}; pick the coordinate system if you know it` },
    };
  }
  if (raw.format !== 'shapefile') return { view: { crs: 'EPSG:4326', source: 'format', prjName }, problem: null };
  return {
    view: { crs: null, source: null, prjName: null },
    problem: { code: 'crs_needed', file: raw.fileName, feature: null, label: null, message: `${raw.fileName} has no .prj: pick its coordinate system (WGS-84, GCJ-02, BD-09, CGCS2000 or a Gauss-Krüger zone)` },
  };
}
