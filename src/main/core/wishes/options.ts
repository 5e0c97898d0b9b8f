// Pickers for the wish drawer: who may claim a wish (members registered with or belonging to
// its community, units, volunteer teams) and who may have collected one (the community's
// grid heads, grid workers and building heads).
import type { UserView } from '../../../shared/views';
import type { ClaimantOption, CollectorOption } from '../../../shared/wishes';
import { requireCommunity } from '../access/communityScope';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { UNIT_KINDS_SQL } from '../partyService/units';
import { maskName, shown } from '../privacy/mask';
import { requireWish } from './read';

const MEMBER_LIMIT = 300;

export function claimantOptions(db: Db, wishId: number, user: UserView): ClaimantOption[] {
  const community = requireWish(db, user, wishId);
  const members = db
    .prepare(
      `SELECT m.id, m.name, o.name AS org_name, d.id IS NOT NULL AS registered FROM party_member m JOIN party_org o ON o.id = m.org_id
         LEFT JOIN dual_report d ON d.member_id = m.id AND d.ended_on IS NULL
        WHERE d.community_id = @c OR o.community_id = @c
        ORDER BY registered DESC, m.id LIMIT ${MEMBER_LIMIT}`,
    )
    .all({ c: community }) as { id: number; name: string; org_name: string; registered: number }[];
  const units = db.prepare(`SELECT id, name, kind FROM party_org WHERE kind IN (${UNIT_KINDS_SQL}) ORDER BY community_id = ? DESC, code`).all(community) as { id: number; name: string; kind: string }[];
  const teams = db.prepare('SELECT id, name, focus FROM volunteer_team WHERE disbanded_on IS NULL AND (community_id IS NULL OR community_id = ?) ORDER BY community_id IS NULL, name').all(community) as { id: number; name: string; focus: string }[];
  const nameLevel = level(user.role, 'partyMember', 'name');
  return [
    ...members.map((m): ClaimantOption => ({ kind: 'member', id: m.id, name: shown(m.name, nameLevel, maskName), detail: m.org_name })),
    ...units.map((u): ClaimantOption => ({ kind: 'unit', id: u.id, name: u.name, detail: u.kind })),
    ...teams.map((t): ClaimantOption => ({ kind: 'team', id: t.id, name: t.name, detail: t.focus })),
  ];
}

export function collectorOptions(db: Db, communityId: number, user: UserView): CollectorOption[] {
  requireCommunity(user, communityId, 'the grid staff');
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.role, g.id AS grid_id, g.name AS grid_name FROM grid_staff s JOIN grid g ON g.id = s.grid_id
        WHERE g.community_id = ? AND s.vacated_on IS NULL AND s.role IN ('grid_head', 'grid_worker', 'building_head')
        ORDER BY g.code, CASE s.role WHEN 'grid_head' THEN 0 WHEN 'grid_worker' THEN 1 ELSE 2 END, s.id`,
    )
    .all(communityId) as { id: number; name: string; role: string; grid_id: number; grid_name: string }[];
  return rows.map((r) => {
    const kind = r.role === 'building_head' ? 'volunteer' : 'staff';
    return { staffId: r.id, name: shown(r.name, level(user.role, kind, 'name'), maskName) ?? '—', role: r.role, gridId: r.grid_id, gridName: r.grid_name };
  });
}
