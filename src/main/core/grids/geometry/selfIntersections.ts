// Grids whose boundary crosses or touches itself (a bow-tie from a dragged vertex, a ring
// that doubles back). Such a grid has no well-defined inside, so a save is blocked.
import type { GridProblem } from '../../../../shared/gridEdit';
import { ringCrossings } from './crossings';
import { pointProblem } from './problem';
import { bboxOfRings, polygonRings } from './rings';
import type { GridShape } from './types';

export function findSelfIntersections(grids: readonly GridShape[]): GridProblem[] {
  const problems: GridProblem[] = [];
  for (const grid of grids) {
    const rings = polygonRings(grid.geometry);
    const tooFew = rings.findIndex((r) => r.length < 3);
    if (tooFew >= 0) {
      // A ring of fewer than three distinct corners folds onto itself.
      const ring = rings[tooFew]!;
      const at = ring[0] ?? [Number.NaN, Number.NaN];
      problems.push(pointProblem('selfIntersection', [grid.id], at, bboxOfRings([ring]), { gridCode: grid.code, crossings: 1 }));
      continue;
    }
    const points = ringCrossings(rings);
    if (points.length === 0) continue;
    // One problem per grid, pointing at the first crossing; the count says how many more.
    problems.push(pointProblem('selfIntersection', [grid.id], points[0]!, bboxOfRings([points]), { gridCode: grid.code, crossings: points.length }));
  }
  return problems;
}
