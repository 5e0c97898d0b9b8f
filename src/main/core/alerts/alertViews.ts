// Alerts as the console lists them: the place shaped by the caller's role (as a resident's
// address is), the community's alerts only for a community account.
import { LIVE_ALERT_STATUSES, type AlertDetail, type AlertList, type AlertOutcome, type AlertRule, type AlertStatus, type AlertView } from '../../../shared/alerts';
import { ApiError } from '../../../shared/errors';
import { gridLabel } from '../../../shared/gridLabel';
import type { UserView } from '../../../shared/views';
import { scopeOf } from '../access/communityScope';
import type { Db } from '../db/database';
import { placeFor } from '../devices/deviceRegister';

interface AlertRow {
  id: number;
  rule: AlertRule;
  status: AlertStatus;
  raised_at: number;
  event_at: number;
  device_code: string | null;
  grid_id: number | null;
  grid_name: string | null;
  community_id: number | null;
  community_name: string | null;
  building_id: number | null;
  building_name: string | null;
  building_address: string | null;
  lng: number | null;
  lat: number | null;
  household_id: number | null;
  household_address: string | null;
  detail: string;
  escalated_at: number | null;
  escalated_name: string | null;
  acted_at: number | null;
  acted_name: string | null;
  outcome: AlertOutcome | null;
  case_id: number | null;
  case_code: string | null;
  visit_task_id: number | null;
  reason: string | null;
}

export const ALERT_SELECT = `
  SELECT a.id, a.rule, a.status, a.raised_at, a.event_at, d.code AS device_code, a.grid_id, g.name AS grid_name, g.community_id, c.name AS community_name,
         a.building_id, b.name AS building_name, b.address AS building_address, b.center_lng AS lng, b.center_lat AS lat,
         a.household_id, h.address AS household_address, a.detail, a.escalated_at, le.display_name AS escalated_name,
         a.acted_at, ua.display_name AS acted_name, a.outcome, a.case_id, cf.code AS case_code, a.visit_task_id, a.reason
  FROM alert a
  LEFT JOIN device d ON d.id = a.device_id
  LEFT JOIN grid g ON g.id = a.grid_id
  LEFT JOIN community c ON c.id = g.community_id
  LEFT JOIN building b ON b.id = a.building_id
  LEFT JOIN household h ON h.id = a.household_id
  LEFT JOIN app_user le ON le.id = a.escalated_to
  LEFT JOIN app_user ua ON ua.id = a.acted_by
  LEFT JOIN case_file cf ON cf.id = a.case_id`;

function toView(r: AlertRow, user: Pick<UserView, 'role'>): AlertView {
  return {
    id: r.id,
    rule: r.rule,
    status: r.status,
    raisedAt: r.raised_at,
    eventAt: r.event_at,
    deviceCode: r.device_code,
    gridId: r.grid_id,
    gridLabel: r.grid_name && r.community_name ? gridLabel({ name: r.grid_name, communityName: r.community_name }) : null,
    communityId: r.community_id,
    buildingId: r.building_id,
    buildingName: r.building_name,
    householdId: r.household_id,
    place: placeFor(user, r.household_address, r.building_address),
    lng: r.lng,
    lat: r.lat,
    detail: JSON.parse(r.detail) as AlertDetail,
    escalatedAt: r.escalated_at,
    escalatedToName: r.escalated_name,
    actedAt: r.acted_at,
    actedByName: r.acted_name,
    outcome: r.outcome,
    caseId: r.case_id,
    caseCode: r.case_code,
    visitTaskId: r.visit_task_id,
    reason: r.reason,
  };
}

export function listAlerts(db: Db, input: { scope: 'live' | 'all'; limit?: number | undefined }, user: Pick<UserView, 'role' | 'communityId'>): AlertList {
  const scope = scopeOf(user);
  // A community account sees its community's alerts (an alert with no place is the street's).
  const inScope = scope === null ? '1 = 1' : `a.grid_id IN (SELECT id FROM grid WHERE community_id = ${Number(scope)})`;
  const live = `a.status IN (${LIVE_ALERT_STATUSES.map((s) => `'${s}'`).join(', ')})`;
  const where = input.scope === 'live' ? `${live} AND ${inScope}` : inScope;
  const rows = db.prepare(`${ALERT_SELECT} WHERE ${where} ORDER BY a.id DESC LIMIT ?`).all(input.limit ?? 200) as AlertRow[];
  const liveCount = db.prepare(`SELECT COUNT(*) FROM alert a WHERE ${live} AND ${inScope}`).pluck().get() as number;
  return { alerts: rows.map((r) => toView(r, user)), live: liveCount };
}

export function alertView(db: Db, id: number, user: Pick<UserView, 'role'>): AlertView {
  const row = db.prepare(`${ALERT_SELECT} WHERE a.id = ?`).get(id) as AlertRow | undefined;
  if (!row) throw new ApiError('not_found', `no alert with id ${id}`);
  return toView(row, user);
}
