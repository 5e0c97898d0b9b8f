// Parts of the street no grid covers ("到底到边" broken): street − ∪grids, one piece per
// problem. The grids around a gap are the ones whose boundary its corners lie on: a gap's
// boundary is made of grid edges and the street boundary, so every grid that borders it
// has a gap corner on its edge.
import { booleanIntersects } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { GridProblem } from '../../../../shared/gridEdit';
import { BoxIndex } from './boxIndex';
import { differencePieces, intersectPieces } from './clip';
import { boxPolygon, regionAround } from './local';
import { areaM2, meanWidthM, perimeterM } from './measure';
import { distanceToRing } from './planar';
import { areaProblem, round } from './problem';
import { bboxOf, boxesMeet, fromPieces, padBox, polygonRings } from './rings';
import type { GridShape } from './types';

export interface GapOptions {
  /** Gaps smaller than this (m²) are ignored as drawing noise. */
  minAreaM2?: number;
  /** Only gaps meeting this area (the live check while editing). */
  within?: Polygon;
}

/** Gap corners this close to a grid edge (degrees, about 1 mm) lie on it. */
const ON_EDGE_DEG = 1e-8;

export function findGaps(street: Polygon, grids: readonly GridShape[], options: GapOptions = {}): GridProblem[] {
  const minAreaM2 = options.minAreaM2 ?? 1;
  const boxes = grids.map((g) => bboxOf(g.geometry));
  const region = options.within ? regionAround(options.within) : null;
  let area: Polygon | MultiPolygon | null = street;
  let nearby: GridShape[] = [...grids];
  if (region) {
    // Every grid that covers any of the region has its box meeting the region.
    area = fromPieces(intersectPieces(street, boxPolygon(region)));
    nearby = grids.filter((_, i) => boxesMeet(boxes[i]!, region));
  }
  if (!area) return [];
  // street − (g₁, g₂, …) in one sweep: no separate union needed.
  const pieces = differencePieces(
    area,
    nearby.map((g) => g.geometry),
  );
  const index = new BoxIndex(boxes);
  const problems: GridProblem[] = [];
  for (const piece of pieces) {
    const a = areaM2(piece);
    if (a < minAreaM2) continue;
    if (options.within && !booleanIntersects(piece, options.within)) continue;
    const ids = bordering(piece, grids, index);
    problems.push(areaProblem('gap', ids, piece, { widthM: round(meanWidthM(a, perimeterM(piece)), 2) }));
  }
  return problems;
}

function bordering(piece: Polygon, grids: readonly GridShape[], index: BoxIndex): number[] {
  const corners = polygonRings(piece).flat();
  const candidates = index.search(padBox(bboxOf(piece), ON_EDGE_DEG));
  const ids = candidates
    .filter((k) => {
      const rings = polygonRings(grids[k]!.geometry);
      return corners.some((c) => rings.some((ring) => distanceToRing(c, ring) <= ON_EDGE_DEG));
    })
    .map((k) => grids[k]!.id);
  // Should the clipping have moved the corners off the edges, the box neighbours will do.
  return ids.length > 0 ? ids : candidates.map((k) => grids[k]!.id);
}
