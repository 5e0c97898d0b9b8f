import { STAFF_ROLES, type StaffRole } from '../../../shared/domain';
import type { GridDetail, StaffView, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { level, type PersonKind } from '../access/matrix';
import { maskName, maskPhone, shown } from '../privacy/mask';
import { boxOf, labelPoint, parsePolygon } from './geo';
import { notFound, openCaseBriefs, PARTY_ORG_BRIEF_COLUMNS, toPartyOrgBrief, type PartyOrgBriefRow } from './refs';
import { territoryCounts } from './territoryCounts';
import { orgsCoveringGrid } from '../registers/partyOrgsCoverage';

interface StaffRow {
  id: number;
  role: StaffRole;
  name: string;
  phone: string;
  is_party_member: number;
  building_name: string | null;
}

/** Grid heads and workers are paid staff (work contacts); building heads and volunteers are residents who help. */
const STAFF_KIND: Record<StaffRole, PersonKind> = { grid_head: 'staff', grid_worker: 'staff', building_head: 'volunteer', volunteer: 'volunteer' };

export function gridDetail(db: Db, id: number, now: number, user: Pick<UserView, 'role' | 'communityId'>): GridDetail {
  requireInScope(db, user, 'grid', id);
  const g = db
    .prepare('SELECT g.id, g.code, g.name, g.boundary, c.id AS community_id, c.name AS community_name FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?')
    .get(id) as { id: number; code: string; name: string; boundary: string; community_id: number; community_name: string } | undefined;
  if (!g) throw notFound('grid', id);
  const staffRows = db
    .prepare(
      `SELECT s.id, s.role, s.name, s.phone, s.is_party_member, b.name AS building_name
         FROM grid_staff s LEFT JOIN building b ON b.id = s.building_id WHERE s.grid_id = ? AND s.vacated_on IS NULL
        ORDER BY CASE s.role WHEN 'grid_head' THEN 0 WHEN 'grid_worker' THEN 1 WHEN 'building_head' THEN 2 ELSE 3 END, s.id`,
    )
    .all(id) as StaffRow[];
  const staff: StaffView[] = staffRows.map((s) => ({
    id: s.id,
    role: s.role,
    name: shown(s.name, level(user.role, STAFF_KIND[s.role], 'name'), maskName) ?? '',
    phone: shown(s.phone, level(user.role, STAFF_KIND[s.role], 'phone'), maskPhone) ?? '',
    isPartyMember: s.is_party_member === 1,
    buildingName: s.building_name,
  }));
  const staffCounts = Object.fromEntries(STAFF_ROLES.map((r) => [r, staff.filter((s) => s.role === r).length])) as Record<StaffRole, number>;
  const geometry = parsePolygon(g.boundary);
  const orgs = db.prepare(`SELECT ${PARTY_ORG_BRIEF_COLUMNS} FROM party_org p WHERE p.id IN ${orgsCoveringGrid('?')} ORDER BY p.level, p.id`).all(id) as PartyOrgBriefRow[];
  return {
    kind: 'grid',
    id: g.id,
    code: g.code,
    name: g.name,
    community: { id: g.community_id, name: g.community_name },
    center: labelPoint(geometry),
    bbox: boxOf(geometry),
    staff,
    staffCounts,
    counts: territoryCounts(db, 'g.id = ?', id, now),
    partyOrgs: orgs.map(toPartyOrgBrief),
    openCases: openCaseBriefs(db, 'c.grid_id = ?', [id], now),
  };
}
