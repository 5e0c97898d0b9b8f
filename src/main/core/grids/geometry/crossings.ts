// Where a polyline or a polygon's rings cross or touch themselves. Our own sweep rather
// than turf.kinks: kinks reports a repeated vertex as a crossing (terra-draw can leave
// one after a drag), and treats segments doubling back along themselves inconsistently.
import type { LngLat } from '../../../../shared/views';
import { lerp, type SegmentContact, segmentContact } from './planar';

interface Segment {
  ring: number;
  index: number;
  a: LngLat;
  b: LngLat;
  minX: number;
  maxX: number;
}

/** Points where a polyline (open, consecutive duplicates removed) meets itself. */
export function polylineCrossings(points: readonly LngLat[]): LngLat[] {
  return crossings([points], false);
}

/**
 * Points where open rings (consecutive duplicates removed) cross or touch themselves,
 * or cross each other. Two rings that merely touch at one point are allowed (a hole may
 * touch the outer ring at a vertex); crossing or sharing a stretch is not.
 */
export function ringCrossings(rings: readonly (readonly LngLat[])[]): LngLat[] {
  return crossings(rings, true);
}

function crossings(lines: readonly (readonly LngLat[])[], closed: boolean): LngLat[] {
  const segments: Segment[] = [];
  const counts = lines.map((line) => (closed ? line.length : Math.max(0, line.length - 1)));
  lines.forEach((line, ring) => {
    for (let index = 0; index < counts[ring]!; index++) {
      const a = line[index]!;
      const b = line[(index + 1) % line.length]!;
      segments.push({ ring, index, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  // Sweep along x: only segments whose x-ranges overlap can meet.
  segments.sort((s, t) => s.minX - t.minX);
  const found: LngLat[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      if (t.minX > s.maxX + 1e-9) break;
      const contact = segmentContact(s.a, s.b, t.a, t.b);
      if (contact.kind === 'none') continue;
      const point = reportable(s, t, contact, counts, closed);
      if (point) found.push(point);
    }
  }
  return found;
}

function reportable(s: Segment, t: Segment, contact: Exclude<SegmentContact, { kind: 'none' }>, counts: readonly number[], closed: boolean): LngLat | null {
  const at = contact.kind === 'point' ? contact.point : lerp(s.a, s.b, (contact.t0 + contact.t1) / 2);
  if (s.ring !== t.ring) {
    if (contact.kind === 'overlap') return at;
    const inner = (v: number) => v > 1e-9 && v < 1 - 1e-9;
    return inner(contact.t) && inner(contact.u) ? at : null;
  }
  const n = counts[s.ring]!;
  const gap = Math.abs(s.index - t.index);
  const adjacent = gap === 1 || (closed && n > 2 && gap === n - 1);
  // Neighbouring segments always share a vertex; only doubling back along each other counts.
  if (adjacent) return contact.kind === 'overlap' ? at : null;
  return at;
}
