// Land claimed by two grids. First one union of all grids: the sum of the grids' areas
// minus the union's area is the total overlap, and when that is below the tolerance no
// single overlap piece can exceed it, so a clean street costs one sweep (about 20 ms for
// 190 grids instead of 85 ms pair by pair). Otherwise candidate pairs come from an R-tree
// over grid boxes and each pair is intersected. Given windows (defectWindows.ts), only
// pairs that both reach into one window can overlap, and of those only the pairs a float
// test (insidesMeet.ts) cannot clear are intersected.
import type { GridProblem } from '../../../../shared/gridEdit';
import type { BBox } from '../../../../shared/views';
import { BoxIndex } from './boxIndex';
import { intersectPieces, unionPieces } from './clip';
import { FlatRings } from './flatRings';
import { insidesMayMeet, type PairShape } from './insidesMeet';
import { areaM2, meanWidthM, perimeterM } from './measure';
import { areaProblem, round } from './problem';
import { ringCrossings } from './crossings';
import { bboxOf, boxesMeet, polygonRings } from './rings';
import { withoutSpikes } from './spikes';
import { orientedRings } from './tiling';
import type { GridShape } from './types';

export interface OverlapOptions {
  /** Overlap pieces smaller than this (m²) are ignored as drawing noise. */
  minAreaM2?: number;
  /** Boxes holding every overlap (defectWindows): pairs that do not share one are skipped. */
  windows?: readonly BBox[];
}

export function findOverlaps(grids: readonly GridShape[], options: OverlapOptions = {}): GridProblem[] {
  const minAreaM2 = options.minAreaM2 ?? 1;
  if (grids.length < 2) return [];
  const boxes = grids.map((g) => bboxOf(g.geometry));
  const windows = options.windows;
  if (windows && windows.length === 0) return [];
  const inWindows = windows ? windowsOf(boxes, windows) : null;
  // A self-crossing ring's signed area is not its covered area (a bow-tie's halves cancel),
  // so the shortcut holds only when every ring is simple.
  if (!windows && grids.every((g) => ringCrossings(polygonRings(g.geometry)).length === 0)) {
    const total = grids.reduce((sum, g) => sum + areaM2(g.geometry), 0);
    const covered = unionPieces(grids.map((g) => g.geometry)).reduce((sum, p) => sum + areaM2(p), 0);
    if (total - covered < minAreaM2) return [];
  }
  const index = new BoxIndex(boxes);
  const shapes = new Map<number, PairShape | null>();
  const shapeOf = (k: number): PairShape | null => {
    if (!shapes.has(k)) {
      const rings = orientedRings(grids[k]!.geometry, false);
      shapes.set(k, rings && { rings, flat: new FlatRings(grids[k]!.geometry) });
    }
    return shapes.get(k)!;
  };
  const mayMeet = (i: number, j: number): boolean => {
    const a = shapeOf(i);
    const b = shapeOf(j);
    return !a || !b || insidesMayMeet(a, b);
  };
  const problems: GridProblem[] = [];
  grids.forEach((a, i) => {
    const ba = boxes[i]!;
    for (const j of index.search(ba)) {
      if (j <= i) continue;
      const bb = boxes[j]!;
      // Boxes meeting only along a line or at a corner cannot hold an overlap with area.
      if (Math.min(ba[2], bb[2]) <= Math.max(ba[0], bb[0]) || Math.min(ba[3], bb[3]) <= Math.max(ba[1], bb[1])) continue;
      if (windows && inWindows && !inCommonWindow(windows, inWindows[i]!, inWindows[j]!, ba, bb)) continue;
      // Windowed, a float test first: most pairs in a window only share edges.
      if (windows && !mayMeet(i, j)) continue;
      const b = grids[j]!;
      for (const piece of withoutSpikes(intersectPieces(a.geometry, b.geometry))) {
        const area = areaM2(piece);
        if (area < minAreaM2) continue;
        problems.push(areaProblem('overlap', [a.id, b.id], piece, { gridCodes: `${a.code}, ${b.code}`, widthM: round(meanWidthM(area, perimeterM(piece)), 2) }));
      }
    }
  });
  return problems;
}

/** For each box, the windows it meets. */
function windowsOf(boxes: readonly BBox[], windows: readonly BBox[]): number[][] {
  const index = new BoxIndex(windows);
  return boxes.map((b) => index.search(b));
}

/** Whether both boxes meet one window where they also meet each other. */
function inCommonWindow(windows: readonly BBox[], wa: readonly number[], wb: readonly number[], ba: BBox, bb: BBox): boolean {
  const common: BBox = [Math.max(ba[0], bb[0]), Math.max(ba[1], bb[1]), Math.min(ba[2], bb[2]), Math.min(ba[3], bb[3])];
  return wa.some((w) => wb.includes(w) && boxesMeet(common, windows[w]!));
}
