// The case heat map: the period's case cells weighted by their counts. Two choices keep
// it readable for a month of a small street and a year of a large one alike:
// - the kernel covers a fixed stretch of ground (HEAT_RADIUS_M, a block) rather than a
//   fixed number of pixels, so zooming does not change what counts as "together";
// - the intensity is set from the period's average density (cases per kernel area over
//   the street) so that an average place sits low on the ramp and only places several
//   times busier than average reach red. With a fixed intensity a year of a whole street
//   saturates everything red and a quiet month shows almost nothing.
import type { FeatureCollection } from 'geojson';
import { LAYER, SRC } from '../layerIds';
import type { OverlayLayers } from '../overlays/overlayLayers';
import { CASE_HEAT_RAMP } from '../palette';

export interface CaseHeatData {
  points: FeatureCollection;
  /** Cases in the period (the sum of the points' weights). */
  total: number;
  /** The street's area and latitude, for the density and for metres per pixel. */
  areaKm2: number;
  latitude: number;
}

/** The kernel's radius on the ground. */
export const HEAT_RADIUS_M = 60;
/** Where the street's average density lands on the ramp (0..1). */
const AVERAGE_DENSITY = 0.3;
/**
 * MapLibre's heatmap kernel is 1/√(2π)·exp(−1.5·d²) over a disk of the radius (d in radii):
 * a uniform spread of ρ weight per radius² sums to ρ·(1/√(2π))·(2π/3)·(1 − e^−1.5) ≈ 0.65·ρ.
 */
const KERNEL_SUM = (1 / Math.sqrt(2 * Math.PI)) * ((2 * Math.PI) / 3) * (1 - Math.exp(-1.5));
/** Web Mercator metres per pixel at zoom 0 on the equator, for 512-pixel tiles. */
const MPP_Z0 = 78_271.517;
/** Past this zoom the kernel stops growing with the ground (a 60 m disk would be hundreds of pixels). */
const GROUND_RADIUS_UNTIL_ZOOM = 17;

export function heatIntensity(total: number, areaKm2: number): number {
  const perRadius2 = (total * HEAT_RADIUS_M ** 2) / Math.max(areaKm2 * 1e6, 1);
  return perRadius2 > 0 ? AVERAGE_DENSITY / (KERNEL_SUM * perRadius2) : 1;
}

export function heatRadiusPx(zoom: number, latitude: number): number {
  return HEAT_RADIUS_M / ((MPP_Z0 * Math.cos((latitude * Math.PI) / 180)) / 2 ** zoom);
}

export function caseHeatLayers(data: CaseHeatData): OverlayLayers {
  const [c0, c1, c2, c3, c4] = CASE_HEAT_RAMP;
  const r = (z: number) => Math.round(heatRadiusPx(z, data.latitude) * 10) / 10;
  return {
    sources: { [SRC.caseHeat]: { type: 'geojson', data: data.points } },
    body: [
      {
        id: LAYER.caseHeat,
        type: 'heatmap',
        source: SRC.caseHeat,
        
        paint: {
          'heatmap-weight': ['get', 'w'],
          'heatmap-intensity': Math.round(heatIntensity(data.total, data.areaKm2) * 1e4) / 1e4,
          'heatmap-radius': ['interpolate', ['exponential', 2], ['zoom'], 12, r(12), GROUND_RADIUS_UNTIL_ZOOM, r(GROUND_RADIUS_UNTIL_ZOOM), 20, r(GROUND_RADIUS_UNTIL_ZOOM) * 1.5],
          'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], 0, c0, 0.15, c1, 0.4, c2, 0.7, c3, 1, c4],
          'heatmap-opacity': 0.85,
        },
      },
    ],
    labels: [],
  };
}
