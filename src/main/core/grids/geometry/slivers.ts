// Grids too thin or too small to be real grids: usually what an edit left behind.
//
// Thresholds:
// - minAreaM2 2,000 (about 45 m × 45 m): the smallest real grid is one high-rise compound
//   (a 30-storey tower of 8 homes a floor is 240 households on a plot of 2,000–3,000 m²);
//   the demo street's smallest grid is one ~200 m block (about 30,000 m²).
// - minCompactness 0.08 (Polsby–Popper 4πA/P²): a square is 0.79, a 2:1 block 0.70, a
//   10:1 strip 0.26; 0.08 is a ribbon about 37 times longer than it is wide, which no
//   block-following boundary makes. The demo street's least compact grid is about 0.6.
// - minWidthM 5 over at least minDetourM 20 along the boundary: narrower than one road
//   lane for longer than a building's width is a spike or a neck from a dragged vertex.
import type { GridProblem } from '../../../../shared/gridEdit';
import { areaM2, compactness, meanWidthM, perimeterM } from './measure';
import { areaProblem, round } from './problem';
import { narrowestNeck } from './thinParts';
import type { GridShape } from './types';

export interface SliverOptions {
  minAreaM2?: number;
  minCompactness?: number;
  minWidthM?: number;
  minDetourM?: number;
}

export const SLIVER_DEFAULTS = { minAreaM2: 2_000, minCompactness: 0.08, minWidthM: 5, minDetourM: 20 } as const;

export function findSlivers(grids: readonly GridShape[], options: SliverOptions = {}): GridProblem[] {
  const o = { ...SLIVER_DEFAULTS, ...options };
  const problems: GridProblem[] = [];
  for (const grid of grids) {
    const a = areaM2(grid.geometry);
    const p = perimeterM(grid.geometry);
    const c = compactness(a, p);
    const figures = { gridCode: grid.code, widthM: round(meanWidthM(a, p), 2), compactness: round(c, 3) };
    if (a < o.minAreaM2) {
      problems.push(areaProblem('sliver', [grid.id], grid.geometry, { ...figures, reason: 'small' }));
    } else if (c < o.minCompactness) {
      problems.push(areaProblem('sliver', [grid.id], grid.geometry, { ...figures, reason: 'elongated' }));
    } else {
      const neck = narrowestNeck(grid.geometry, o.minWidthM, o.minDetourM);
      if (neck) problems.push(areaProblem('sliver', [grid.id], grid.geometry, { ...figures, widthM: round(neck.widthM, 2), reason: 'thinPart' }, neck.at));
    }
  }
  return problems;
}

