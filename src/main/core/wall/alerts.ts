// The wall's alert list: live alerts (and those acted on in the last hour, so the room sees
// them handled), with only the kind, the grid and the building's short name. No device
// code, household, address, resident or figure that points at a flat: the wall is seen by visitors.
import type { AlertRule, AlertStatus, WallAlert } from '../../../shared/alerts';
import { gridLabel } from '../../../shared/gridLabel';
import type { Db } from '../db/database';

const RECENT_MS = 3_600_000;
const WALL_ALERTS_MAX = 12;
const PEOPLE_RULES: ReadonlySet<AlertRule> = new Set(['no_card', 'crowded']);

export function wallAlerts(db: Db, input: { communityId?: number | undefined }, now: number): WallAlert[] {
  const scope = input.communityId === undefined ? '' : `AND g.community_id = ${Number(input.communityId)}`;
  const rows = db
    .prepare(
      `SELECT a.id, a.rule, a.status, a.raised_at, a.grid_id, g.name AS grid_name, c.name AS community_name, b.name AS building_name, b.center_lng AS lng, b.center_lat AS lat
       FROM alert a
       LEFT JOIN grid g ON g.id = a.grid_id
       LEFT JOIN community c ON c.id = g.community_id
       LEFT JOIN building b ON b.id = a.building_id
       WHERE (a.status IN ('open', 'escalated') OR a.acted_at >= ?) ${scope}
       ORDER BY a.status IN ('open', 'escalated') DESC, a.raised_at DESC LIMIT ?`,
    )
    .all(now - RECENT_MS, WALL_ALERTS_MAX) as {
    id: number;
    rule: AlertRule;
    status: AlertStatus;
    raised_at: number;
    grid_id: number | null;
    grid_name: string | null;
    community_name: string | null;
    building_name: string | null;
    lng: number | null;
    lat: number | null;
  }[];
  return rows.map((r) => {
    // An elderly resident's door card unused, or a flat with too many cards: alerts about the
    // people of one flat, so the wall names the grid only (no building, no point on the map).
    const aboutPeople = PEOPLE_RULES.has(r.rule);
    return {
    id: r.id,
    rule: r.rule,
    status: r.status,
    raisedAt: r.raised_at,
    gridId: r.grid_id,
    gridLabel: r.grid_name && r.community_name ? gridLabel({ name: r.grid_name, communityName: r.community_name }) : null,
    buildingShort: aboutPeople ? null : r.building_name,
    lng: aboutPeople ? null : r.lng,
    lat: aboutPeople ? null : r.lat,
  };
  });
}
