// Parts of the street no grid covers ("到底到边" broken): street − ∪grids, one piece per
// problem. The grids around a gap are the ones whose boundary its corners lie on: a gap's
// boundary is made of grid edges and the street boundary, so every grid that borders it
// has a gap corner on its edge. Given windows (defectWindows.ts), street − ∪grids is
// clipped window by window, against the grids that reach into each.
import { booleanIntersects } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { GridProblem } from '../../../../shared/gridEdit';
import type { BBox } from '../../../../shared/views';
import { BoxIndex } from './boxIndex';
import { differencePieces, intersectPieces } from './clip';
import { boxInside } from './defectWindows';
import { boxPolygon, regionAround } from './local';
import { areaM2, meanWidthM, perimeterM } from './measure';
import { distanceToRing } from './planar';
import { areaProblem, round } from './problem';
import { bboxOf, boxesMeet, fromPieces, inReadingOrder, padBox, polygonRings } from './rings';
import { withoutSpikes } from './spikes';
import type { GridShape } from './types';

export interface GapOptions {
  /** Gaps smaller than this (m²) are ignored as drawing noise. */
  minAreaM2?: number;
  /** Only gaps meeting this area (the live check while editing). */
  within?: Polygon;
  /** Boxes holding every gap (defectWindows), for the whole street. */
  windows?: readonly BBox[];
}

/** Gap corners this close to a grid edge (degrees, about 1 mm) lie on it. */
const ON_EDGE_DEG = 1e-8;

export function findGaps(street: Polygon, grids: readonly GridShape[], options: GapOptions = {}): GridProblem[] {
  const minAreaM2 = options.minAreaM2 ?? 1;
  const boxes = grids.map((g) => bboxOf(g.geometry));
  const region = options.within ? regionAround(options.within) : null;
  let pieces: Polygon[];
  if (region) {
    // Every grid that covers any of the region has its box meeting the region.
    const area = fromPieces(intersectPieces(street, boxPolygon(region)));
    const nearby = grids.filter((_, i) => boxesMeet(boxes[i]!, region));
    pieces = area ? differencePieces(area, nearby.map((g) => g.geometry)) : [];
  } else if (options.windows) {
    pieces = options.windows.flatMap((w) => gapsIn(street, grids, boxes, w));
  } else {
    // street − (g₁, g₂, …) in one sweep: no separate union needed.
    pieces = differencePieces(
      street,
      grids.map((g) => g.geometry),
    );
  }
  const index = new BoxIndex(boxes);
  const problems: GridProblem[] = [];
  for (const piece of inReadingOrder(withoutSpikes(pieces))) {
    const a = areaM2(piece);
    if (a < minAreaM2) continue;
    if (options.within && !booleanIntersects(piece, options.within)) continue;
    const ids = bordering(piece, grids, index);
    problems.push(areaProblem('gap', ids, piece, { widthM: round(meanWidthM(a, perimeterM(piece)), 2) }));
  }
  return problems;
}

/** (street ∩ window) − the grids reaching into the window. */
function gapsIn(street: Polygon, grids: readonly GridShape[], boxes: readonly BBox[], window: BBox): Polygon[] {
  const box = boxPolygon(window);
  const area = boxInside(window, street) ? box : fromPieces(intersectPieces(street, box));
  if (!area) return [];
  return differencePieces(
    area,
    grids.filter((_, i) => boxesMeet(boxes[i]!, window)).map((g) => g.geometry),
  );
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
