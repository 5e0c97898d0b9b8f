// Which vertex of a ring after an edit is which vertex before it. terra-draw keeps the
// ring's order while the user drags vertices, inserts a vertex on an edge (clicking its
// midpoint handle) or deletes one, so the two rings are the same sequence up to moves,
// insertions and deletions: an alignment in the Needleman–Wunsch sense. Costs: an
// unmoved vertex 0; a moved vertex 1 plus its move over the rings' size (so of two
// readings the one with the shorter drags wins); an insertion or deletion 1.5 (so one
// move is always cheaper than a deletion plus an insertion). Equal prefixes and suffixes
// are matched first, keeping the quadratic table to the part the user touched.
import type { LngLat } from '../../../../shared/views';
import { distance, samePoint } from './planar';
import { bboxOfRings } from './rings';

const INDEL = 1.5;
/** Above this many table cells the middle is aligned index by index instead (still exact for pure moves). */
const MAX_CELLS = 4_000_000;

/** For each vertex of `before`, the index of its vertex in `after`, or -1 when deleted. */
export function alignRings(before: readonly LngLat[], after: readonly LngLat[], tol: number): Int32Array {
  const n = before.length;
  const m = after.length;
  const map = new Int32Array(n).fill(-1);
  let head = 0;
  while (head < n && head < m && samePoint(before[head]!, after[head]!, tol)) {
    map[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < n - head && tail < m - head && samePoint(before[n - 1 - tail]!, after[m - 1 - tail]!, tol)) {
    map[n - 1 - tail] = m - 1 - tail;
    tail++;
  }
  const bn = n - head - tail;
  const am = m - head - tail;
  if (bn === 0 || am === 0) return map;
  if ((bn + 1) * (am + 1) > MAX_CELLS) {
    for (let i = 0; i < Math.min(bn, am); i++) map[head + i] = head + i;
    return map;
  }

  const [w, s, e, nn] = bboxOfRings([before, after]);
  const size = Math.hypot(e - w, nn - s) || 1;
  const cols = am + 1;
  const cost = new Float64Array((bn + 1) * cols);
  for (let i = 1; i <= bn; i++) cost[i * cols] = i * INDEL;
  for (let j = 1; j <= am; j++) cost[j] = j * INDEL;
  const sub = (i: number, j: number): number => {
    const b = before[head + i - 1]!;
    const a = after[head + j - 1]!;
    return samePoint(b, a, tol) ? 0 : 1 + distance(a, b) / size;
  };
  for (let i = 1; i <= bn; i++) {
    for (let j = 1; j <= am; j++) {
      cost[i * cols + j] = Math.min(cost[(i - 1) * cols + j - 1]! + sub(i, j), cost[(i - 1) * cols + j]! + INDEL, cost[i * cols + j - 1]! + INDEL);
    }
  }
  let i = bn;
  let j = am;
  while (i > 0 && j > 0) {
    const here = cost[i * cols + j]!;
    if (Math.abs(here - (cost[(i - 1) * cols + j - 1]! + sub(i, j))) < 1e-12) {
      map[head + i - 1] = head + j - 1;
      i--;
      j--;
    } else if (Math.abs(here - (cost[(i - 1) * cols + j]! + INDEL)) < 1e-12) {
      i--;
    } else {
      j--;
    }
  }
  return map;
}
