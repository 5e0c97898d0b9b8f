// Local metres <-> WGS84 by an equirectangular projection about the street centre. Over a
// few kilometres the error is far below a building's width, and the map is affine, so
// convexity and containment computed in metres hold in longitude/latitude too.
import type { Pt } from './planar';

const EARTH_RADIUS_M = 6_371_008.8;
const DEG = Math.PI / 180;
/** 1e-7 degrees is about 1 cm: enough for footprints, and keeps GeoJSON text short. */
const PRECISION = 1e7;

export type LngLat = [number, number];

export class Projection {
  private readonly mPerDegLat: number;
  private readonly mPerDegLng: number;

  constructor(
    readonly centerLng: number,
    readonly centerLat: number,
  ) {
    this.mPerDegLat = EARTH_RADIUS_M * DEG;
    this.mPerDegLng = EARTH_RADIUS_M * DEG * Math.cos(centerLat * DEG);
  }

  /** Rounded to 1e-7°; the same metre point always gives the same numbers, so shared vertices stay shared. */
  toLngLat(p: Pt): LngLat {
    return [
      Math.round((this.centerLng + p.x / this.mPerDegLng) * PRECISION) / PRECISION,
      Math.round((this.centerLat + p.y / this.mPerDegLat) * PRECISION) / PRECISION,
    ];
  }

  ring(points: readonly Pt[]): LngLat[] {
    const ring = points.map((p) => this.toLngLat(p));
    ring.push(ring[0]!);
    return ring;
  }
}

export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export function bboxOf(coords: readonly LngLat[]): BBox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of coords) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return { minLng, minLat, maxLng, maxLat };
}

export function polygonJson(ring: readonly LngLat[]): string {
  return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
}

export function lineJson(points: readonly LngLat[]): string {
  return JSON.stringify({ type: 'LineString', coordinates: points });
}
