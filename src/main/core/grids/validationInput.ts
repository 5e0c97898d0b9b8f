// The saved street as the grid rules see it: the street, every grid with its household
// count (where its community's residents are placed: placedCommunities.ts), every building footprint.
import type { Db } from '../db/database';
import { loadStreetGrids } from './draftState';
import type { ValidateInput } from './geometry';
import { buildingShapesIn } from './previewEdit';
import { communitiesWithHouseholds, knownHouseholds } from './placedCommunities';

export function readValidationInput(db: Db): ValidateInput {
  const base = loadStreetGrids(db);
  const households = householdsPerGrid(db);
  const placed = communitiesWithHouseholds(db, households);
  return {
    street: base.street,
    grids: [...base.saved.values()].map((g) => ({ id: g.id, code: g.code, geometry: g.geometry, households: knownHouseholds(placed, g.communityId, households.get(g.id)) })),
    buildings: buildingShapesIn(db, null),
  };
}

/**
 * Households per grid. Counted per building from the household_building index alone (no
 * table rows read) and summed per grid over the few thousand buildings, rather than
 * joining every household to its building.
 */
function householdsPerGrid(db: Db): Map<number, number> {
  const gridOf = new Map((db.prepare('SELECT id, grid_id FROM building').raw().all() as [number, number][]));
  const perGrid = new Map<number, number>();
  for (const [buildingId, n] of db.prepare('SELECT building_id, count(*) FROM household GROUP BY building_id').raw().all() as [number, number][]) {
    const grid = gridOf.get(buildingId);
    if (grid !== undefined) perGrid.set(grid, (perGrid.get(grid) ?? 0) + n);
  }
  return perGrid;
}
