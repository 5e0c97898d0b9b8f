// The whole-street check ("到底到边"), on demand: every rule over every grid and building.
import type { StreetValidation } from '../../../shared/gridEdit';
import type { Db } from '../db/database';
import { loadStreetGrids } from './draftState';
import { validateGrids, type ValidateInput } from './geometry';
import { buildingShapesIn } from './previewEdit';

export function validateStreet(db: Db, now: number, clock: () => number = () => performance.now()): StreetValidation {
  const started = clock();
  const input = streetValidationInput(db);
  const problems = validateGrids(input);
  return { problems, grids: input.grids.length, checkedAt: now, ms: Math.round(clock() - started) };
}

/** The saved street as the rules see it (separate so a test can run the exact rules on the same input). */
export function streetValidationInput(db: Db): ValidateInput {
  const base = loadStreetGrids(db);
  const households = new Map(
    (db.prepare('SELECT b.grid_id AS id, count(h.id) AS n FROM building b JOIN household h ON h.building_id = b.id GROUP BY b.grid_id').all() as { id: number; n: number }[]).map((r) => [r.id, r.n]),
  );
  return {
    street: base.street,
    grids: [...base.saved.values()].map((g) => ({ id: g.id, code: g.code, geometry: g.geometry, households: households.get(g.id) ?? 0 })),
    buildings: buildingShapesIn(db, null),
  };
}
