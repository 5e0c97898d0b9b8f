// All grid rules in one call. Without `within` the whole street is checked (the street
// validation page, the save). With `within` (the area being edited) only grids and
// buildings whose box meets a padded box around it are looked at and only problems near
// it are returned: the live check while the administrator drags, which must stay fast.
import type { Polygon } from 'geojson';
import { GRID_PROBLEM_KINDS, type GridProblem } from '../../../../shared/gridEdit';
import { findCutBuildings } from './cutBuildings';
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
}

export function validateGrids(input: ValidateInput): GridProblem[] {
  const { street, grids, buildings, within } = input;
  const o = input.options ?? {};
  const minAreaM2 = o.minAreaM2 ?? 1;
  const region = within ? regionAround(within) : null;
  const local = inRegion(grids, grids.map((g) => bboxOf(g.geometry)), region);
  const localBuildings = inRegion(buildings, buildings.map((b) => bboxOfRings(polygonRings(b.footprint))), region);

  const problems = [
    ...findSelfIntersections(local),
    ...findOverlaps(local, { minAreaM2 }),
    ...findGaps(street, grids, { minAreaM2, within }),
    ...findOutsideStreet(street, grids, { minAreaM2, within }),
    ...findSlivers(local, o.sliver),
    // All grids: a building at the edge of the region may reach a grid that is not local.
    ...findCutBuildings(grids, localBuildings, { minAreaM2: o.buildingMinAreaM2 ?? 0.5 }),
    ...findHouseholdCounts(local),
  ].filter((p) => !region || boxesMeet(p.bbox, region));
  const rank = (p: GridProblem) => GRID_PROBLEM_KINDS.indexOf(p.kind);
  return problems.sort((a, b) => rank(a) - rank(b));
}
