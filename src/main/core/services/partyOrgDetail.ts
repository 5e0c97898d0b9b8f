import { DUAL_REPORT_STATES, PARTY_MEMBER_CATEGORIES, type DualReportState, type PartyMemberCategory, type PartyOrgKind, type PartyOrgRating } from '../../../shared/domain';
import type { PartyOrgDetail, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { level } from '../access/matrix';
import { maskName, maskPhone, shown } from '../privacy/mask';
import { notFound, PARTY_ORG_BRIEF_COLUMNS, toPartyOrgBrief, type PartyOrgBriefRow } from './refs';

interface OrgRow {
  id: number;
  parent_id: number | null;
  code: string;
  name: string;
  kind: PartyOrgKind;
  level: number;
  rating: PartyOrgRating;
  under_rectification: number;
  founded_on: string;
  secretary_name: string;
  secretary_phone: string;
  lng: number;
  lat: number;
  building_id: number | null;
}

export function partyOrgDetail(db: Db, id: number, user: Pick<UserView, 'role' | 'communityId'>): PartyOrgDetail {
  requireInScope(db, user, 'partyOrg', id);
  const o = db.prepare('SELECT * FROM party_org WHERE id = ?').get(id) as OrgRow | undefined;
  if (!o) throw notFound('Party organisation', id);
  const parent = o.parent_id ? (db.prepare(`SELECT ${PARTY_ORG_BRIEF_COLUMNS} FROM party_org p WHERE p.id = ?`).get(o.parent_id) as PartyOrgBriefRow | undefined) : undefined;
  const children = db.prepare(`SELECT ${PARTY_ORG_BRIEF_COLUMNS} FROM party_org p WHERE p.parent_id = ? ORDER BY p.id`).all(id) as PartyOrgBriefRow[];
  const tally = <K extends string>(column: string, keys: readonly K[]): Record<K, number> => {
    const rows = db.prepare(`SELECT ${column} AS k, count(*) AS n FROM party_member WHERE org_id = ? GROUP BY ${column}`).all(id) as { k: K; n: number }[];
    const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    for (const r of rows) out[r.k] = r.n;
    return out;
  };
  const membersByCategory = tally<PartyMemberCategory>('category', PARTY_MEMBER_CATEGORIES);
  const dualReport = tally<DualReportState>('dual_report', DUAL_REPORT_STATES);
  const building = o.building_id
    ? (db.prepare('SELECT id, name, address FROM building WHERE id = ?').get(o.building_id) as { id: number; name: string; address: string } | undefined)
    : undefined;
  return {
    kind: 'partyOrg',
    id: o.id,
    code: o.code,
    name: o.name,
    orgKind: o.kind,
    level: o.level,
    rating: o.rating,
    underRectification: o.under_rectification === 1,
    foundedOn: o.founded_on,
    secretaryName: shown(o.secretary_name, level(user.role, 'secretary', 'name'), maskName) ?? '',
    secretaryPhone: shown(o.secretary_phone, level(user.role, 'secretary', 'phone'), maskPhone) ?? '',
    center: [o.lng, o.lat],
    parent: parent ? toPartyOrgBrief(parent) : null,
    children: children.map(toPartyOrgBrief),
    memberCount: Object.values<number>(membersByCategory).reduce((a, b) => a + b, 0),
    membersByCategory,
    dualReport,
    coveredTenants: (db.prepare(`SELECT count(*) FROM party_org_coverage c JOIN tenant t ON t.id = c.target_id WHERE c.org_id = ? AND c.target_kind = 'tenant'`).pluck().get(id) as number) ?? 0,
    building: building ?? null,
    coverage: coverageNamed(db, id),
  };
}

/** What the organisation covers, named (a grid, a building, a tenant), for its drawer. */
function coverageNamed(db: Db, orgId: number): PartyOrgDetail['coverage'] {
  return db
    .prepare(
      `SELECT c.target_kind AS kind, c.target_id AS id,
              coalesce(g.name, b.name, t.name, '#' || c.target_id) AS name
         FROM party_org_coverage c
         LEFT JOIN grid g ON c.target_kind = 'grid' AND g.id = c.target_id
         LEFT JOIN building b ON c.target_kind = 'building' AND b.id = c.target_id
         LEFT JOIN tenant t ON c.target_kind = 'tenant' AND t.id = c.target_id
        WHERE c.org_id = ? ORDER BY c.target_kind, name`,
    )
    .all(orgId) as PartyOrgDetail['coverage'];
}
