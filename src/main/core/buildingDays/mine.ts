// A leader's own 楼栋工作日: their cadre record, the next visiting day, and the buildings of
// their share not visited within the cycle, most overdue first.
import type { MyBuildingDays, OverdueVisitRow, ShareBuilding } from '../../../shared/buildingDays';
import { VISIT_CYCLE_DAYS } from '../../../shared/buildingDays';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { cadreOfUser, cadreView, shiftDate } from './cadres';

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function nextVisitDay(today: string, weekday: number): string {
  return shiftDate(today, (weekday - isoWeekday(today) + 7) % 7);
}

export function overdueVisits(db: Db, cadreId: number, today: string): OverdueVisitRow[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.name, g.name AS grid_name, c.name AS community_name, b.center_lng, b.center_lat, a.assigned_on,
              (SELECT max(v.visited_on) FROM building_visit v WHERE v.building_id = a.building_id AND v.cadre_id = a.cadre_id) AS last_visit
         FROM cadre_building a JOIN building b ON b.id = a.building_id JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id
        WHERE a.cadre_id = ? AND a.released_on IS NULL`,
    )
    .all(cadreId) as { id: number; name: string; grid_name: string; community_name: string; center_lng: number; center_lat: number; assigned_on: string; last_visit: string | null }[];
  const out: OverdueVisitRow[] = [];
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  for (const r of rows) {
    // Counted from the last visit, or from the day the building was assigned.
    const since = r.last_visit !== null && r.last_visit > r.assigned_on ? r.last_visit : r.assigned_on;
    const days = Math.round((todayMs - Date.parse(`${since}T00:00:00Z`)) / 86_400_000) - VISIT_CYCLE_DAYS;
    if (days < 0) continue;
    out.push({ buildingId: r.id, buildingName: r.name, gridName: r.grid_name, communityName: r.community_name, lng: r.center_lng, lat: r.center_lat, lastVisitOn: r.last_visit, daysOverdue: days });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.buildingId - b.buildingId);
}

export function myBuildingDays(db: Db, userId: number, now: number): MyBuildingDays {
  const cadreId = cadreOfUser(db, userId);
  if (cadreId === null) return { cadre: null, nextVisitDay: null, overdue: [] };
  const cadre = cadreView(db, cadreId, now);
  const today = shanghaiDate(now);
  return { cadre, nextVisitDay: nextVisitDay(today, cadre.visitWeekday), overdue: overdueVisits(db, cadreId, today) };
}

/** The buildings a cadre holds (in the caller's community when scoped), least recently visited first. */
export function shareOf(db: Db, cadreId: number, scope: number | null): ShareBuilding[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.name, g.name AS grid_name, b.center_lng, b.center_lat,
              (SELECT max(v.visited_on) FROM building_visit v WHERE v.building_id = a.building_id AND v.cadre_id = a.cadre_id) AS last_visit
         FROM cadre_building a JOIN building b ON b.id = a.building_id JOIN grid g ON g.id = b.grid_id
        WHERE a.cadre_id = @cadre AND a.released_on IS NULL ${scope === null ? '' : 'AND g.community_id = @scope'}
        ORDER BY last_visit IS NOT NULL, last_visit, b.id`,
    )
    .all({ cadre: cadreId, ...(scope === null ? {} : { scope }) }) as { id: number; name: string; grid_name: string; center_lng: number; center_lat: number; last_visit: string | null }[];
  return rows.map((r) => ({ buildingId: r.id, buildingName: r.name, gridName: r.grid_name, lng: r.center_lng, lat: r.center_lat, lastVisitOn: r.last_visit }));
}
