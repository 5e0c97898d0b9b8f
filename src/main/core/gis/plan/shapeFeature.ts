// One feature's geometry made ready for the street: the kind the layer needs (a polygon
// for boundaries and footprints, a point for facilities; a MultiPolygon of one part is a
// polygon), heights dropped, converted to WGS-84, rings closed and checked. A problem is
// returned as a sentence naming the file and the feature, never thrown.
import type { Geometry, Point, Polygon, Position } from 'geojson';
import type { GisFileProblemCode } from '../../../../shared/gis';
import type { LngLat } from '../../../../shared/views';
import type { CrsTransform } from '../crs/transform';

export type Shaped = { ok: true; geometry: Polygon | Point } | { ok: false; code: GisFileProblemCode; why: string };

const CHINA: [number, number, number, number] = [73, 3, 136, 54];

function convertRing(ring: Position[], t: CrsTransform): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = t.toWgs84([p[0] ?? NaN, p[1] ?? NaN] as LngLat);
    const last = out[out.length - 1];
    // Repeated vertices (common in digitised files) say nothing and upset the ring rules.
    if (last && Math.abs(last[0]! - q[0]) < 1e-10 && Math.abs(last[1]! - q[1]) < 1e-10) continue;
    out.push([q[0], q[1]]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out;
}

export function shapeFeature(geometry: Geometry | null, want: 'polygon' | 'point', t: CrsTransform): Shaped {
  if (!geometry) return { ok: false, code: 'wrong_geometry', why: 'has no geometry' };
  let g: Geometry = geometry;
  if (g.type === 'MultiPolygon' && g.coordinates.length === 1) g = { type: 'Polygon', coordinates: g.coordinates[0]! };
  if (g.type === 'MultiPoint' && g.coordinates.length === 1) g = { type: 'Point', coordinates: g.coordinates[0]! };
  if (want === 'polygon' && g.type !== 'Polygon') {
    const why = g.type === 'MultiPolygon' ? `is a MultiPolygon of ${g.coordinates.length} parts; each record needs one outline (split it into separate features)` : `is a ${g.type}, not a polygon`;
    return { ok: false, code: 'wrong_geometry', why };
  }
  if (want === 'point' && g.type !== 'Point') return { ok: false, code: 'wrong_geometry', why: `is a ${g.type}, not a point` };
  let out: Polygon | Point;
  if (g.type === 'Point') {
    const [x, y] = t.toWgs84([g.coordinates[0] ?? NaN, g.coordinates[1] ?? NaN]);
    out = { type: 'Point', coordinates: [x, y] };
  } else if (g.type === 'Polygon') {
    const rings = g.coordinates.map((r) => convertRing(r, t));
    const short = rings.findIndex((r) => r.length < 4);
    if (short >= 0) return { ok: false, code: 'bad_ring', why: `has a ring (${short === 0 ? 'the outline' : `hole ${short}`}) of fewer than 3 distinct points` };
    out = { type: 'Polygon', coordinates: rings };
  } else {
    return { ok: false, code: 'wrong_geometry', why: `is a ${g.type}` };
  }
  const first = out.type === 'Point' ? out.coordinates : out.coordinates[0]![0]!;
  const [x, y] = [first[0]!, first[1]!];
  if (!Number.isFinite(x) || !Number.isFinite(y) || x < CHINA[0] || x > CHINA[2] || y < CHINA[1] || y > CHINA[3]) {
    return { ok: false, code: 'not_in_china', why: `lies at ${Number.isFinite(x) ? x.toFixed(4) : x}, ${Number.isFinite(y) ? y.toFixed(4) : y} after conversion, outside China: the coordinate system picked is probably not the file's` };
  }
  return { ok: true, geometry: out };
}
