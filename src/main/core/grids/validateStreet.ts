// The whole-street check ("到底到边"), on demand: every rule over every grid and building.
import type { StreetValidation } from '../../../shared/gridEdit';
import type { Db } from '../db/database';
import { loadStreetGrids } from './draftState';
import { validateGrids } from './geometry';
import { buildingShapesIn } from './previewEdit';

export function validateStreet(db: Db, now: number, clock: () => number = () => performance.now()): StreetValidation {
  const started = clock();
  const base = loadStreetGrids(db);
  const households = new Map(
    (db.prepare('SELECT b.grid_id AS id, count(h.id) AS n FROM building b JOIN household h ON h.building_id = b.id GROUP BY b.grid_id').all() as { id: number; n: number }[]).map((r) => [r.id, r.n]),
  );
  const problems = validateGrids({
    street: base.street,
    grids: [...base.saved.values()].map((g) => ({ id: g.id, code: g.code, geometry: g.geometry, households: households.get(g.id) ?? 0 })),
    buildings: buildingShapesIn(db, null),
  });
  return { problems, grids: base.saved.size, checkedAt: now, ms: Math.round(clock() - started) };
}
