import type { CommunityDetail, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { boxOf, labelPoint, parsePolygon } from './geo';
import { notFound, PARTY_ORG_BRIEF_COLUMNS, toPartyOrgBrief, type PartyOrgBriefRow } from './refs';
import { territoryCounts } from './territoryCounts';

export function communityDetail(db: Db, id: number, now: number, user: Pick<UserView, 'communityId'>): CommunityDetail {
  requireInScope(db, user, 'community', id);
  const c = db.prepare('SELECT id, code, name, boundary FROM community WHERE id = ?').get(id) as { id: number; code: string; name: string; boundary: string } | undefined;
  if (!c) throw notFound('community', id);
  const geometry = parsePolygon(c.boundary);
  const org = db
    .prepare(`SELECT ${PARTY_ORG_BRIEF_COLUMNS} FROM party_org p WHERE p.community_id = ? AND p.kind = 'community_committee' LIMIT 1`)
    .get(id) as PartyOrgBriefRow | undefined;
  return {
    kind: 'community',
    id: c.id,
    code: c.code,
    name: c.name,
    center: labelPoint(geometry),
    bbox: boxOf(geometry),
    grids: (db.prepare('SELECT count(*) FROM grid WHERE community_id = ?').pluck().get(id) as number) ?? 0,
    counts: territoryCounts(db, 'g.community_id = ?', id, now),
    partyOrg: org ? toPartyOrgBrief(org) : null,
  };
}
