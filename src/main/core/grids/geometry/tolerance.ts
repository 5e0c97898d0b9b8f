// Distances below which two things count as the same, in degrees. Stored coordinates are
// rounded to 1e-7° (about 1 cm) and shared vertices are bit-identical, so anything far
// below 1e-7° is floating-point noise from our own arithmetic, never a real feature.

/** Two positions closer than this (about 0.1 mm) are the same point. */
export const SAME_POINT_DEG = 1e-9;

/** Metres per degree of latitude on the mean Earth sphere (the radius turf uses). */
export const METRES_PER_DEG_LAT = (6_371_008.8 * Math.PI) / 180;

/** Metres per degree of longitude at a latitude (equirectangular; exact enough over a street). */
export function metresPerDegLng(lat: number): number {
  return METRES_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
}
