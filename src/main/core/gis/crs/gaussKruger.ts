// CGCS2000 3° Gauss-Krüger zones (the projected coordinates of Chinese cadastral and
// surveying files): zone n has its central meridian at 3n°E. EPSG:4513–4533 are zones
// 25–45 with the zone number in front of the easting (false easting n·1,000,000 + 500,000),
// EPSG:4534–4554 the same zones without it (false easting 500,000). proj4 does the
// projection; the CGCS2000 ellipsoid differs from GRS80 by 0.1 mm in the semi-minor axis,
// so GRS80 stands in for it.
import proj4 from 'proj4';
import { GK3_FIRST_ZONE, GK3_LAST_ZONE } from '../../../../shared/gis';
import type { LngLat } from '../../../../shared/views';

export interface GkZone {
  epsg: number;
  zone: number;
  centralMeridian: number;
  falseEasting: number;
  /** The zone number is written in front of the easting. */
  prefixed: boolean;
}

export function gkZoneOf(epsg: number): GkZone | null {
  const span = GK3_LAST_ZONE - GK3_FIRST_ZONE;
  if (epsg >= 4513 && epsg <= 4513 + span) {
    const zone = GK3_FIRST_ZONE + epsg - 4513;
    return { epsg, zone, centralMeridian: zone * 3, falseEasting: zone * 1_000_000 + 500_000, prefixed: true };
  }
  if (epsg >= 4534 && epsg <= 4534 + span) {
    const zone = GK3_FIRST_ZONE + epsg - 4534;
    return { epsg, zone, centralMeridian: zone * 3, falseEasting: 500_000, prefixed: false };
  }
  return null;
}

/** The EPSG code of a zone found from a .prj's central meridian and false easting. */
export function gkEpsgFor(centralMeridian: number, falseEasting: number): number | null {
  const zone = Math.round(centralMeridian / 3);
  if (Math.abs(zone * 3 - centralMeridian) > 1e-6 || zone < GK3_FIRST_ZONE || zone > GK3_LAST_ZONE) return null;
  if (Math.abs(falseEasting - 500_000) < 1e-3) return 4534 + zone - GK3_FIRST_ZONE;
  if (Math.abs(falseEasting - (zone * 1_000_000 + 500_000)) < 1e-3) return 4513 + zone - GK3_FIRST_ZONE;
  return null;
}

const converters = new Map<number, proj4.Converter>();

function converter(zone: GkZone): proj4.Converter {
  let c = converters.get(zone.epsg);
  if (!c) {
    const def = `+proj=tmerc +lat_0=0 +lon_0=${zone.centralMeridian} +k=1 +x_0=${zone.falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
    c = proj4('EPSG:4326', def);
    converters.set(zone.epsg, c);
  }
  return c;
}

/** Easting, northing (metres) → longitude, latitude (CGCS2000, taken as WGS-84). */
export function gkToLngLat(zone: GkZone, [x, y]: LngLat): LngLat {
  const [lng, lat] = converter(zone).inverse([x, y]) as number[];
  return [lng!, lat!];
}

export function lngLatToGk(zone: GkZone, p: LngLat): LngLat {
  const [x, y] = converter(zone).forward([p[0], p[1]]) as number[];
  return [x!, y!];
}
