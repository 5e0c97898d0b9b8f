// Grid land beyond the street boundary: ∪grids − street, one piece per problem, blamed
// on the grids that cover the piece. Given windows (defectWindows.ts), only the grids
// reaching into a window are united, and only the part in the window is kept.
import { booleanIntersects } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { GridProblem } from '../../../../shared/gridEdit';
import type { BBox } from '../../../../shared/views';
import { BoxIndex } from './boxIndex';
import { differencePieces, intersectPieces, unionPieces } from './clip';
import { boxInside } from './defectWindows';
import { FlatRings, OUTSIDE } from './flatRings';
import { interiorPoint } from './interiorPoint';
import { boxPolygon, regionAround } from './local';
import { areaM2, meanWidthM, perimeterM } from './measure';
import { areaProblem, round } from './problem';
import { bboxOf, boxesMeet, fromPieces, inReadingOrder } from './rings';
import { withoutSpikes } from './spikes';
import type { GridShape } from './types';

export interface OutsideStreetOptions {
  /** Pieces smaller than this (m²) are ignored as drawing noise. */
  minAreaM2?: number;
  /** Only pieces meeting this area (the live check while editing). */
  within?: Polygon;
  /** Boxes holding every outside piece (defectWindows), for the whole street. */
  windows?: readonly BBox[];
}

export function findOutsideStreet(street: Polygon, grids: readonly GridShape[], options: OutsideStreetOptions = {}): GridProblem[] {
  const minAreaM2 = options.minAreaM2 ?? 1;
  const boxes = grids.map((g) => bboxOf(g.geometry));
  const region = options.within ? regionAround(options.within) : null;
  let pieces: Polygon[];
  if (!region && options.windows) {
    pieces = options.windows.flatMap((w) => outsideIn(street, grids, boxes, w));
  } else {
    // A grid entirely inside the street's box may still poke out of a concave street, so
    // every grid near the region takes part; only the region narrows the work.
    const candidates = grids.filter((_, i) => !region || boxesMeet(boxes[i]!, region));
    if (candidates.length === 0) return [];
    const covered = fromPieces(unionPieces(candidates.map((g) => g.geometry)));
    if (!covered) return [];
    pieces = differencePieces(covered, [street]);
  }
  const index = new BoxIndex(boxes);
  const problems: GridProblem[] = [];
  for (const piece of inReadingOrder(withoutSpikes(pieces))) {
    const a = areaM2(piece);
    if (a < minAreaM2) continue;
    if (options.within && !booleanIntersects(piece, options.within)) continue;
    const at = interiorPoint(piece);
    const ids = index
      .search([at[0], at[1], at[0], at[1]])
      .filter((k) => new FlatRings(grids[k]!.geometry).place(at[0], at[1]) !== OUTSIDE)
      .map((k) => grids[k]!.id);
    problems.push(areaProblem('outsideStreet', ids, piece, { widthM: round(meanWidthM(a, perimeterM(piece)), 2) }, at));
  }
  return problems;
}

/** ((∪ grids reaching into the window) ∩ window) − street; nothing when the window is inside the street. */
function outsideIn(street: Polygon, grids: readonly GridShape[], boxes: readonly BBox[], window: BBox): Polygon[] {
  if (boxInside(window, street)) return [];
  const candidates = grids.filter((_, i) => boxesMeet(boxes[i]!, window));
  const covered = fromPieces(unionPieces(candidates.map((g) => g.geometry)));
  const inWindow = covered && fromPieces(intersectPieces(covered, boxPolygon(window)));
  return inWindow ? differencePieces(inWindow, [street]) : [];
}
