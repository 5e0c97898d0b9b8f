// Grids holding fewer or more households than the rules expect (GRID_HOUSEHOLDS).
// Grids whose household count is unknown are skipped, not reported as empty.
import { GRID_HOUSEHOLDS, type GridProblem } from '../../../../shared/gridEdit';
import { interiorPoint } from './interiorPoint';
import { bboxOf } from './rings';
import type { GridShape } from './types';

export function findHouseholdCounts(grids: readonly GridShape[], range: { min: number; max: number } = GRID_HOUSEHOLDS): GridProblem[] {
  const problems: GridProblem[] = [];
  for (const grid of grids) {
    const households = grid.households;
    if (households === undefined || (households >= range.min && households <= range.max)) continue;
    problems.push({
      kind: 'households',
      gridIds: [grid.id],
      at: interiorPoint(grid.geometry),
      bbox: bboxOf(grid.geometry),
      geometry: grid.geometry,
      areaM2: null,
      detail: { gridCode: grid.code, households, min: range.min, max: range.max, direction: households < range.min ? 'under' : 'over' },
    });
  }
  return problems;
}
