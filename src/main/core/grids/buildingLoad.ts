// Buildings with what lives in them, loaded once per preview: their centre decides their
// grid, and their households, residents and tenants are what a grid gains or loses.
import type { Db } from '../db/database';

export interface BuildingLoad {
  id: number;
  gridId: number;
  lng: number;
  lat: number;
  households: number;
  residents: number;
  tenants: number;
}

export function loadBuildingLoads(db: Db): BuildingLoad[] {
  return db
    .prepare(
      `SELECT b.id, b.grid_id AS gridId, b.center_lng AS lng, b.center_lat AS lat,
              coalesce(h.n, 0) AS households, coalesce(r.n, 0) AS residents, coalesce(t.n, 0) AS tenants
         FROM building b
         LEFT JOIN (SELECT building_id, count(*) AS n FROM household GROUP BY building_id) h ON h.building_id = b.id
         LEFT JOIN (SELECT hh.building_id, count(*) AS n FROM resident x JOIN household hh ON hh.id = x.household_id GROUP BY hh.building_id) r ON r.building_id = b.id
         LEFT JOIN (SELECT building_id, count(*) AS n FROM tenant GROUP BY building_id) t ON t.building_id = b.id
        ORDER BY b.id`,
    )
    .all() as BuildingLoad[];
}
