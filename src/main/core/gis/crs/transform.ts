// One coordinate system to and from WGS-84, the system the database stores.
// CGCS2000 (EPSG:4490) and WGS-84 agree to a few centimetres today (both are ITRF-based;
// the plate has moved about a metre since CGCS2000's 2000.0 epoch, less than a footprint
// is drawn to), so CGCS2000 longitudes and latitudes are taken as WGS-84 unchanged.
import type { GisCrs } from '../../../../shared/gis';
import type { LngLat } from '../../../../shared/views';
import { bd09ToWgs84, gcj02ToWgs84, wgs84ToBd09, wgs84ToGcj02 } from './chinaOffsets';
import { gkToLngLat, gkZoneOf, lngLatToGk } from './gaussKruger';

export interface CrsTransform {
  toWgs84(p: LngLat): LngLat;
  fromWgs84(p: LngLat): LngLat;
  /** Whether coordinates are metres (a projection) rather than degrees. */
  projected: boolean;
}

const same = (p: LngLat): LngLat => [p[0], p[1]];

export function crsTransform(crs: GisCrs): CrsTransform {
  switch (crs) {
    case 'EPSG:4326':
    case 'EPSG:4490':
      return { toWgs84: same, fromWgs84: same, projected: false };
    case 'GCJ-02':
      return { toWgs84: gcj02ToWgs84, fromWgs84: wgs84ToGcj02, projected: false };
    case 'BD-09':
      return { toWgs84: bd09ToWgs84, fromWgs84: wgs84ToBd09, projected: false };
  }
  const zone = gkZoneOf(Number(crs.replace(/^EPSG:/, '')));
  if (!zone) throw new Error(`unknown coordinate system ${crs}`);
  return { toWgs84: (p) => gkToLngLat(zone, p), fromWgs84: (p) => lngLatToGk(zone, p), projected: true };
}

/** The name the screen and the .prj use. */
export function crsName(crs: GisCrs): string {
  if (crs === 'EPSG:4326') return 'WGS 84';
  if (crs === 'EPSG:4490') return 'China Geodetic Coordinate System 2000';
  if (crs === 'GCJ-02' || crs === 'BD-09') return crs;
  const zone = gkZoneOf(Number(crs.replace(/^EPSG:/, '')));
  if (!zone) return crs;
  return zone.prefixed ? `CGCS2000 / 3-degree Gauss-Kruger zone ${zone.zone}` : `CGCS2000 / 3-degree Gauss-Kruger CM ${zone.centralMeridian}E`;
}
