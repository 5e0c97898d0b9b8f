// The visits map: every building in someone's share during [from, to] (in the caller's
// scope), with how many visits it had in the period, as parallel arrays for the map layer.
import type { VisitMap } from '../../../shared/buildingDays';
import type { Db } from '../db/database';

export function visitMap(db: Db, from: string, to: string, scope: number | null): VisitMap {
  const rows = db
    .prepare(
      `WITH held AS (
         SELECT DISTINCT a.building_id FROM cadre_building a
          WHERE a.assigned_on <= @to AND (a.released_on IS NULL OR a.released_on > @from)),
       seen AS (
         SELECT v.building_id, count(*) AS n FROM building_visit v
          WHERE v.visited_on BETWEEN @from AND @to GROUP BY v.building_id)
       SELECT b.id, b.center_lng, b.center_lat, coalesce(s.n, 0) AS n
         FROM held h JOIN building b ON b.id = h.building_id
         ${scope === null ? '' : 'JOIN grid g ON g.id = b.grid_id AND g.community_id = @scope'}
         LEFT JOIN seen s ON s.building_id = b.id
        ORDER BY b.id`,
    )
    .raw()
    .all({ from, to, ...(scope === null ? {} : { scope }) }) as [number, number, number, number][];
  const out: VisitMap = { from, to, buildingIds: [], lng: [], lat: [], visits: [], visited: 0, notVisited: 0 };
  for (const [id, lng, lat, n] of rows) {
    out.buildingIds.push(id);
    out.lng.push(lng);
    out.lat.push(lat);
    out.visits.push(n);
    if (n > 0) out.visited += 1;
    else out.notVisited += 1;
  }
  return out;
}
