// All grid rules in one call. Without `within` the whole street is checked (the street
// validation page, the save). With `within` (the area being edited) only grids and
// buildings whose box meets a padded box around it are looked at and only problems near
// it are returned: the live check while the administrator drags, which must stay fast.
//
// A grid whose boundary crosses itself has no well-defined inside: it is reported once,
// as a self-intersection (which blocks the save), and left out of the area rules, whose
// clipping would otherwise fail or invent pieces. Coverage problems within its box are
// held back until the crossing is fixed, since they would describe a shape that is wrong.
import type { Polygon } from 'geojson';
import { GRID_PROBLEM_KINDS, type GridProblem, type GridProblemKind } from '../../../../shared/gridEdit';
import { findCutBuildings } from './cutBuildings';
import { defectWindows } from './defectWindows';
import { findGaps } from './gaps';
import { findHouseholdCounts } from './householdCounts';
import { inRegion, regionAround } from './local';
import { findOutsideStreet } from './outsideStreet';
import { findOverlaps } from './overlaps';
import { bboxOf, bboxOfRings, boxesMeet, polygonRings } from './rings';
import { findSelfIntersections } from './selfIntersections';
import { findSlivers, type SliverOptions } from './slivers';
import type { BuildingShape, GridShape } from './types';

export interface ValidateInput {
  street: Polygon;
  grids: readonly GridShape[];
  buildings: readonly BuildingShape[];
  within?: Polygon;
  options?: ValidateOptions;
}

export interface ValidateOptions {
  /** Overlap, gap and outside-street pieces below this (m²) are noise. Default 1. */
  minAreaM2?: number;
  /** Building area (m²) that must lie in a second grid to count as cut. Default 0.5. */
  buildingMinAreaM2?: number;
  sliver?: SliverOptions;
  /** Clip every time, without the tiling proof first: the reference the equivalence test compares with. */
  exactOnly?: boolean;
}

const COVERAGE: readonly GridProblemKind[] = ['overlap', 'gap', 'outsideStreet', 'buildingCut'];

export function validateGrids(input: ValidateInput): GridProblem[] {
  const { street, within } = input;
  const o = input.options ?? {};
  const minAreaM2 = o.minAreaM2 ?? 1;
  const region = within ? regionAround(within) : null;
  const boxes = input.grids.map((g) => bboxOf(g.geometry));
  const local = inRegion(input.grids, boxes, region);

  // Crossings are cheap to find (well under 1 ms for 190 grids), so every grid is checked:
  // a crossed grid outside the region can still be a candidate for a building inside it.
  const crossings = findSelfIntersections(input.grids);
  const crossedIds = new Set(crossings.flatMap((p) => p.gridIds));
  const crossedBoxes = boxes.filter((_, i) => crossedIds.has(input.grids[i]!.id));
  const grids = input.grids.filter((g) => !crossedIds.has(g.id));
  const sound = local.filter((g) => !crossedIds.has(g.id));
  // Footprint boxes only matter for a region (thousands of them, for nothing, on the whole street).
  const buildings = region ? inRegion(input.buildings, input.buildings.map((b) => bboxOfRings(polygonRings(b.footprint))), region) : [...input.buildings];

  // On the whole street the three clipping rules look only where the grids' edges do not
  // cancel (defectWindows.ts): nowhere when they tile the street. The live check is local
  // and already cheap; exactOnly clips the whole street, as the reference.
  const windows = !region && !o.exactOnly ? defectWindows(street, grids, minAreaM2) : null;
  const clipped = windows?.length === 0 ? [] : [
    ...findOverlaps(sound, { minAreaM2, windows: windows ?? undefined }),
    ...findGaps(street, grids, { minAreaM2, within, windows: windows ?? undefined }),
    ...findOutsideStreet(street, grids, { minAreaM2, within, windows: windows ?? undefined }),
  ];
  const coverage = [
    ...clipped,
    // All grids: a building at the edge of the region may reach a grid that is not local.
    ...findCutBuildings(grids, buildings, { minAreaM2: o.buildingMinAreaM2 ?? 0.5 }),
  ].filter((p) => !COVERAGE.includes(p.kind) || !crossedBoxes.some((b) => boxesMeet(b, p.bbox)));

  const problems = [
    ...crossings.filter((p) => !region || local.some((g) => g.id === p.gridIds[0])),
    ...coverage,
    ...findSlivers(sound, o.sliver),
    ...findHouseholdCounts(local),
  ].filter((p) => !region || boxesMeet(p.bbox, region));
  const rank = (p: GridProblem) => GRID_PROBLEM_KINDS.indexOf(p.kind);
  return problems.sort((a, b) => rank(a) - rank(b));
}
