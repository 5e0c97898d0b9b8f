// Buildings (房进格): edit the attributes (name, floors, use, lift, built year). Floors cannot
// drop below a household's or tenant's floor. A new footprint (administrators only) moves
// the building: its grid is re-derived from the new centre (footprint.ts).
//
// Runs inside the caller's transaction and opens none: the API handler wraps each call in
// one; the Excel import's commit calls it inside its own.
import type { BuildingUse } from '../../../shared/domain';
import type { BuildingUpdateInput, RegisterWriteResult } from '../../../shared/registers';
import { requireInScope } from '../access/communityScope';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { Changes, logChange, result, type RegisterActor } from './changeLog';
import { reshapeBuilding } from './footprint';
import { fieldError } from './values';

interface BuildingRow {
  id: number;
  name: string;
  floors: number;
  use: BuildingUse;
  has_lift: number;
  built_year: number;
}

/** Edits a building's attributes, and its footprint when one is given. Runs inside the caller's transaction. */
export function updateBuilding(db: Db, actor: RegisterActor, input: BuildingUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'building');
  if (input.footprint) requireRegisterWrite(actor.user, 'buildingFootprint');
  const b = db.prepare('SELECT id, name, floors, use, has_lift, built_year FROM building WHERE id = ?').get(input.id) as BuildingRow | undefined;
  if (!b) throw fieldError('id', `names no building (id ${input.id})`, 'not_found');
  requireInScope(db, actor.user, 'building', b.id);
  const floors = input.floors ?? b.floors;
  if (floors < b.floors) {
    const top = db
      .prepare('SELECT max(f) FROM (SELECT max(floor) AS f FROM household WHERE building_id = ? UNION ALL SELECT max(floor) FROM tenant WHERE building_id = ?)')
      .pluck()
      .get(b.id, b.id) as number | null;
    if (top !== null && top > floors) throw fieldError('floors', `${floors} is below floor ${top}, where a household or tenant of this building is registered`, 'invalid_input', 'floors_below_registered', { floor: String(top) });
  }
  const builtYear = input.builtYear ?? b.built_year;
  const thisYear = new Date(actor.now + 8 * 3_600_000).getUTCFullYear();
  if (builtYear > thisYear) throw fieldError('builtYear', `${builtYear} is after this year (${thisYear})`, 'invalid_input', 'year_future', { year: String(builtYear), thisYear: String(thisYear) });
  const changes = new Changes()
    .set('name', b.name, input.name ?? b.name)
    .set('floors', b.floors, floors)
    .set('use', b.use, input.use ?? b.use)
    .set('hasLift', b.has_lift === 1, input.hasLift ?? b.has_lift === 1)
    .set('builtYear', b.built_year, builtYear);
  if (!changes.empty) {
    db.prepare('UPDATE building SET name = ?, floors = ?, use = ?, has_lift = ?, built_year = ? WHERE id = ?').run(
      input.name ?? b.name,
      floors,
      input.use ?? b.use,
      (input.hasLift ?? b.has_lift === 1) ? 1 : 0,
      builtYear,
      b.id,
    );
  }
  const moved = input.footprint ? reshapeBuilding(db, b.id, input.footprint, changes) : null;
  if (changes.empty) return result('building', b.id, 'update', changes);
  logChange(db, actor, 'building', b.id, 'update', changes.list, moved ? { moved } : {});
  return result('building', b.id, 'update', changes);
}
