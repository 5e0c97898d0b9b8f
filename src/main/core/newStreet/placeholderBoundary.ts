// A new street has no boundary until its file is imported, but the street row needs one:
// a point-sized square (narrower than the GIS import's 1e-6° test, planGisImport.nearBox)
// that marks "not given yet". It sits at the seat of the province the district's GB/T 2260
// code names, so the empty map opens over the right part of China rather than at 0°, 0°.
import type { Polygon } from 'geojson';

/** Province (first two digits of a GB/T 2260 code) → its seat, [lng, lat]. */
const PROVINCE_SEATS: Record<string, [number, number]> = {
  '11': [116.4074, 39.9042], '12': [117.2009, 39.0842], '13': [114.5149, 38.0428], '14': [112.5489, 37.8706],
  '15': [111.7492, 40.8426], '21': [123.4315, 41.8057], '22': [125.3235, 43.8171], '23': [126.535, 45.8038],
  '31': [121.4737, 31.2304], '32': [118.7969, 32.0603], '33': [120.1551, 30.2741], '34': [117.2272, 31.8206],
  '35': [119.2965, 26.0745], '36': [115.8582, 28.6829], '37': [117.1201, 36.6512], '41': [113.6254, 34.7466],
  '42': [114.3054, 30.5931], '43': [112.9388, 28.2282], '44': [113.2644, 23.1291], '45': [108.3669, 22.817],
  '46': [110.3312, 20.0311], '50': [106.5516, 29.563], '51': [104.0665, 30.5723], '52': [106.6302, 26.647],
  '53': [102.8329, 24.8801], '54': [91.1409, 29.6456], '61': [108.9398, 34.3416], '62': [103.8343, 36.0611],
  '63': [101.7782, 36.6171], '64': [106.2309, 38.4872], '65': [87.6168, 43.8256], '71': [121.5654, 25.033],
  '81': [114.1694, 22.3193], '82': [113.5439, 22.1987],
};
/** Beijing, when the code names no province we know. */
const FALLBACK: [number, number] = [116.4074, 39.9042];

/** Half the square's side, degrees: far below the 1e-6° a real boundary always exceeds. */
const HALF = 1e-8;

export function placeholderCenter(adminCode: string): [number, number] {
  return PROVINCE_SEATS[adminCode.slice(0, 2)] ?? FALLBACK;
}

export function placeholderBoundary(adminCode: string): Polygon {
  const [lng, lat] = placeholderCenter(adminCode);
  return {
    type: 'Polygon',
    coordinates: [[[lng - HALF, lat - HALF], [lng + HALF, lat - HALF], [lng + HALF, lat + HALF], [lng - HALF, lat + HALF], [lng - HALF, lat - HALF]]],
  };
}

/** Whether a stored boundary is still the placeholder (no street boundary imported yet). */
export function isPlaceholder(boundary: Polygon): boolean {
  const ring = boundary.coordinates[0] ?? [];
  const lngs = ring.map((p) => p[0]!);
  return ring.length === 0 || Math.max(...lngs) - Math.min(...lngs) < 1e-6;
}
