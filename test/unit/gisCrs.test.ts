// Coordinate systems: the published GCJ-02 / BD-09 control points, Gauss-Krüger zones
// checked against the geometry of the projection, round trips within a metre, and .prj reading.
import { describe, expect, it } from 'vitest';
import { bd09ToGcj02, gcj02ToBd09, gcj02ToWgs84, wgs84ToGcj02 } from '../../src/main/core/gis/crs/chinaOffsets';
import { crsTransform } from '../../src/main/core/gis/crs/transform';
import { prjFor, readPrj } from '../../src/main/core/gis/crs/prj';
import { GIS_CRS } from '../../src/shared/gis';
import type { LngLat } from '../../src/shared/views';

/** Metres between two WGS-84 points (equirectangular, fine at these distances). */
function metres(a: LngLat, b: LngLat): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111_320;
}

describe('GCJ-02 and BD-09 against published control points', () => {
  // wandergis/coordtransform's README example (Tiananmen, 116.404, 39.915), used by hutool's tests too.
  it('WGS-84 → GCJ-02', () => {
    const [lng, lat] = wgs84ToGcj02([116.404, 39.915]);
    expect(lng).toBeCloseTo(116.41024449916938, 9);
    expect(lat).toBeCloseTo(39.91640428150164, 9);
  });
  it('GCJ-02 → BD-09', () => {
    const [lng, lat] = gcj02ToBd09([116.404, 39.915]);
    expect(lng).toBeCloseTo(116.41036949371029, 9);
    expect(lat).toBeCloseTo(39.92133699351021, 9);
  });
  it('BD-09 → GCJ-02 (iterated: within 1e-5° of the published one-step value, and exact on the way back)', () => {
    const p = bd09ToGcj02([116.404, 39.915]);
    expect(Math.abs(p[0] - 116.39762729119315)).toBeLessThan(1e-5);
    expect(Math.abs(p[1] - 39.90865673957631)).toBeLessThan(1e-5);
    const back = gcj02ToBd09(p);
    expect(Math.abs(back[0] - 116.404)).toBeLessThan(1e-8);
    expect(Math.abs(back[1] - 39.915)).toBeLessThan(1e-8);
  });
  it('Beijing railway station: GCJ-02 (39.90245, 116.42703) is BD-09 (39.90851, 116.43351)', () => {
    const [lng, lat] = gcj02ToBd09([116.42703, 39.90245]);
    expect(Math.abs(lng - 116.43351)).toBeLessThan(1e-5);
    expect(Math.abs(lat - 39.90851)).toBeLessThan(1e-5);
  });
  it('GCJ-02 → WGS-84 by iteration to < 1e-7°', () => {
    for (const p of [[116.404, 39.915], [106.5516, 29.5630], [121.4737, 31.2304], [87.6168, 43.8256]] as LngLat[]) {
      const w = gcj02ToWgs84(p);
      const again = wgs84ToGcj02(w);
      expect(Math.abs(again[0] - p[0])).toBeLessThan(1e-7);
      expect(Math.abs(again[1] - p[1])).toBeLessThan(1e-7);
      // The offset itself is hundreds of metres: the iteration did something.
      expect(metres(w, p)).toBeGreaterThan(100);
    }
  });
  it('outside China nothing moves', () => {
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
  });
});

describe('CGCS2000 3° Gauss-Krüger', () => {
  it('a point on the central meridian at the equator is the false easting (zone 39 = 117°E)', () => {
    const withZone = crsTransform('EPSG:4527').fromWgs84([117, 0]);
    expect(withZone[0]).toBeCloseTo(39_500_000, 3);
    expect(withZone[1]).toBeCloseTo(0, 3);
    const without = crsTransform('EPSG:4548').fromWgs84([117, 0]);
    expect(without[0]).toBeCloseTo(500_000, 3);
  });
  it('northing on the central meridian is the meridian arc: 30°N is 3,320,113.4 m on GRS80', () => {
    const [, y] = crsTransform('EPSG:4545').fromWgs84([108, 30]); // CM 108E
    expect(Math.abs(y - 3_320_113.4)).toBeLessThan(0.5);
  });
  it('Chongqing (106.55, 29.56) lies in zone 35 (CM 105E) east of the meridian', () => {
    const [x] = crsTransform('EPSG:4523').fromWgs84([106.55, 29.56]);
    expect(Math.floor(x / 1_000_000)).toBe(35);
    expect(x % 1_000_000).toBeGreaterThan(500_000);
  });
});

describe('round trips within 1 m in every system', () => {
  const points: LngLat[] = [[106.5516, 29.563], [116.404, 39.915], [121.4737, 31.2304], [113.2644, 23.1291]];
  for (const crs of GIS_CRS) {
    it(crs, () => {
      const t = crsTransform(crs);
      for (const p of points) {
        if (t.projected) {
          const zone = Number(crs.slice(5));
          const cm = ((zone >= 4534 ? zone - 4534 : zone - 4513) + 25) * 3;
          if (Math.abs(p[0] - cm) > 1.5) continue; // outside its zone: not a use
        }
        expect(metres(t.toWgs84(t.fromWgs84(p)), p)).toBeLessThan(1);
      }
    });
  }
});

describe('.prj', () => {
  it('names the Gauss-Krüger zone from central meridian and false easting', () => {
    expect(readPrj(prjFor('EPSG:4523')).crs).toBe('EPSG:4523');
    expect(readPrj(prjFor('EPSG:4544')).crs).toBe('EPSG:4544');
    expect(readPrj(prjFor('EPSG:4490')).crs).toBe('EPSG:4490');
    expect(readPrj(prjFor('EPSG:4326')).crs).toBe('EPSG:4326');
    expect(readPrj(prjFor('GCJ-02')).crs).toBe('GCJ-02');
  });
  it('reads an EPSG authority, and an ArcGIS CGCS2000 zone file', () => {
    expect(readPrj('PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 35",GEOGCS["China Geodetic Coordinate System 2000"],AUTHORITY["EPSG","4523"]]').crs).toBe('EPSG:4523');
    const arcgis =
      'PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(readPrj(arcgis).crs).toBe('EPSG:4544');
  });
  it('refuses Xi’an 1980 and Web Mercator, naming them', () => {
    const xian = readPrj('PROJCS["Xian_1980_3_Degree_GK_CM_105E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]]],PARAMETER["Central_Meridian",105.0]]');
    expect(xian.crs).toBeNull();
    expect(xian.unsupported).toMatch(/Xi’an 1980/);
    expect(readPrj('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"],PROJECTION["Mercator_Auxiliary_Sphere"]]').crs).toBeNull();
  });
});
