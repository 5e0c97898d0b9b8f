// Sizes in metres: areas from turf (spherical, what the rest of the app reports) and
// lengths from a local equirectangular scale, which over a street agrees with the
// great-circle length to well under 0.1%.
import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { piecesOf } from './rings';
import { METRES_PER_DEG_LAT, metresPerDegLng } from './tolerance';
import { toLngLat } from './planar';

export function areaM2(geometry: Polygon | MultiPolygon): number {
  return area(geometry);
}

/** Length in metres of the segment ab. */
export function segmentLengthM(a: LngLat, b: LngLat): number {
  const dx = (b[0] - a[0]) * metresPerDegLng((a[1] + b[1]) / 2);
  const dy = (b[1] - a[1]) * METRES_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/** Length in metres of all rings (holes included), as the closed rings are stored. */
export function perimeterM(geometry: Polygon | MultiPolygon): number {
  let sum = 0;
  for (const piece of piecesOf(geometry)) {
    for (const ring of piece.coordinates) {
      for (let i = 1; i < ring.length; i++) sum += segmentLengthM(toLngLat(ring[i - 1]!), toLngLat(ring[i]!));
    }
  }
  return sum;
}

/**
 * Polsby–Popper compactness 4πA/P²: 1 for a disc, π/4 ≈ 0.79 for a square, about
 * π/r for a long r:1 strip. Zero for a shape without area.
 */
export function compactness(areaM2: number, perimeterM: number): number {
  return perimeterM > 0 ? (4 * Math.PI * areaM2) / (perimeterM * perimeterM) : 0;
}

/** Mean width 2A/P: exact for a long strip (A = wL, P ≈ 2L), a fair figure for anything thin. */
export function meanWidthM(areaM2: number, perimeterM: number): number {
  return perimeterM > 0 ? (2 * areaM2) / perimeterM : 0;
}
