// Counts for a piece of territory (a grid, or all grids of a community), computed the same
// way for both so the drawers agree with each other and with the map.
import type { GridCounts } from '../../../shared/views';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from './openCases';

const DAY = 86_400_000;

/** `gridWhere` selects grid ids, e.g. "g.id = ?" or "g.community_id = ?", over grid g. */
export function territoryCounts(db: Db, gridWhere: string, param: number, now: number): GridCounts {
  const grids = `(SELECT g.id FROM grid g WHERE ${gridWhere})`;
  const one = (sql: string, ...extra: unknown[]) => (db.prepare(sql).pluck().get(param, ...extra) as number | null) ?? 0;
  return {
    buildings: one(`SELECT count(*) FROM building WHERE grid_id IN ${grids}`),
    households: one(`SELECT count(*) FROM household h JOIN building b ON b.id = h.building_id WHERE b.grid_id IN ${grids}`),
    residents: one(`SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE b.grid_id IN ${grids}`),
    tenants: one(`SELECT count(*) FROM tenant t JOIN building b ON b.id = t.building_id WHERE b.grid_id IN ${grids}`),
    partyMembers: one(
      `SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE b.grid_id IN ${grids} AND r.is_party_member = 1`,
    ),
    elderlyAlone: one(
      `SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id
        WHERE b.grid_id IN ${grids} AND EXISTS (SELECT 1 FROM json_each(r.tags) WHERE value = 'elderly_alone')`,
    ),
    openCases: one(`SELECT count(*) FROM case_file WHERE grid_id IN ${grids} AND status IN ${OPEN_STATUS_SQL}`),
    overdueCases: one(`SELECT count(*) FROM case_file WHERE grid_id IN ${grids} AND status IN ${OPEN_STATUS_SQL} AND due_at < ?`, now),
    casesLast30Days: one(`SELECT count(*) FROM case_file WHERE grid_id IN ${grids} AND reported_at >= ?`, now - 30 * DAY),
  };
}
