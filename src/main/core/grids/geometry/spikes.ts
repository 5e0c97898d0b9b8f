// Zero-width spikes left on clipped pieces. Where a computed crossing is rounded a hair off
// the edge it lies on, the big-number clipper can return a piece whose ring runs out along
// that edge and straight back (seen on land outside the street: a spike 230 m long and no
// wider than the rounding). It adds no area, but it stretches the piece's box, moves the
// point a problem is shown at and can change which grid is blamed; and a window clipping
// (defectWindows.ts) cuts such a spike where the exact whole-street clipping does not. So
// every coverage piece is reported without them: the tips are removed until none is left.
import type { Polygon } from 'geojson';
import type { LngLat } from '../../../../shared/views';
import { closestOnSegment, samePoint } from './planar';
import { closeRing, openRing } from './rings';
import { SAME_POINT_DEG } from './tolerance';

/** The pieces with spike tips and repeated vertices removed; pieces whose outer ring collapses are dropped. */
export function withoutSpikes(pieces: readonly Polygon[]): Polygon[] {
  const out: Polygon[] = [];
  for (const piece of pieces) {
    const rings = piece.coordinates.map((r) => dropSpikes(openRing(r)));
    if (rings[0]!.length < 3) continue;
    const kept = rings.filter((r, i) => i === 0 || r.length >= 3);
    // Unchanged pieces are returned as they were (same object, same vertex arrays).
    if (kept.length === piece.coordinates.length && kept.every((r, i) => r.length === piece.coordinates[i]!.length - 1)) out.push(piece);
    else out.push({ type: 'Polygon', coordinates: kept.map(closeRing) });
  }
  return out;
}

/** An open ring without vertices where it doubles straight back on itself (within SAME_POINT_DEG). */
export function dropSpikes(ring: readonly LngLat[]): LngLat[] {
  const out = [...ring];
  let changed = true;
  while (changed && out.length >= 3) {
    changed = false;
    for (let i = 0; i < out.length && out.length >= 3; i++) {
      const prev = out[(i - 1 + out.length) % out.length]!;
      const cur = out[i]!;
      const next = out[(i + 1) % out.length]!;
      const tip = samePoint(prev, cur) || closestOnSegment(next, prev, cur).dist <= SAME_POINT_DEG || closestOnSegment(prev, cur, next).dist <= SAME_POINT_DEG;
      if (tip) {
        out.splice(i, 1);
        i--;
        changed = true;
      }
    }
  }
  return out.length >= 3 ? out : [];
}
