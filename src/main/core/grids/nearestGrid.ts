// The grid whose label point is nearest a point: where something goes when no grid holds
// it (a gap saved over, or the middle of a grid that is going away).
import type { LngLat } from '../../../shared/views';

/** Equirectangular distance (longitude scaled by cos latitude) ranks as great-circle distance does over a street. */
export function nearestGrid(labels: ReadonlyMap<number, LngLat>, [lng, lat]: LngLat): number | null {
  const kx = Math.cos((lat * Math.PI) / 180);
  let best: number | null = null;
  let bestD = Infinity;
  for (const [id, at] of labels) {
    const d = ((at[0] - lng) * kx) ** 2 + (at[1] - lat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return best;
}
