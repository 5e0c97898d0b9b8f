// An organisation's members, a page at a time, for its drawer's 党员 tab: each as the caller's
// role may see members (core/access/matrix.ts: names and phones masked or not shown), where
// they live as the role sees residents' addresses, their category, 双报到 state and the
// community they registered with. Community accounts read their own community's organisations only.
import type { PartyMemberList, PartyMemberListInput } from '../../../shared/orgRegisters';
import type { DualReportState, PartyMemberCategory } from '../../../shared/domain';
import type { UserView } from '../../../shared/views';
import { requireInScope } from '../access/communityScope';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { maskName, maskPhone } from '../privacy/mask';
import { notFound } from '../services/refs';
import { maskAddress } from './recordHistory';

interface Row {
  id: number;
  name: string;
  gender: 'M' | 'F';
  phone: string;
  category: PartyMemberCategory;
  dual_report: DualReportState;
  joined_on: string;
  resident_id: number | null;
  home: string | null;
  report_community_id: number | null;
  report_community: string | null;
}

const PAGE = 50;

export function partyMemberList(db: Db, user: Pick<UserView, 'role' | 'communityId'>, input: PartyMemberListInput): PartyMemberList {
  requireInScope(db, user, 'partyOrg', input.orgId);
  if (!db.prepare('SELECT 1 FROM party_org WHERE id = ?').get(input.orgId)) throw notFound('Party organisation', input.orgId);
  const offset = input.offset ?? 0;
  const limit = input.limit ?? PAGE;
  const total = db.prepare('SELECT count(*) FROM party_member WHERE org_id = ?').pluck().get(input.orgId) as number;
  const rows = db
    .prepare(
      `SELECT m.id, m.name, m.gender, m.phone, m.category, m.dual_report, m.joined_on, m.resident_id, h.address AS home,
              m.report_community_id, c.name AS report_community
         FROM party_member m
         LEFT JOIN resident r ON r.id = m.resident_id LEFT JOIN household h ON h.id = r.household_id
         LEFT JOIN community c ON c.id = m.report_community_id
        WHERE m.org_id = ? ORDER BY m.joined_on, m.id LIMIT ? OFFSET ?`,
    )
    .all(input.orgId, limit, offset) as Row[];
  const name = level(user.role, 'partyMember', 'name');
  const phone = level(user.role, 'partyMember', 'phone');
  const address = level(user.role, 'resident', 'address');
  const shape = (lvl: typeof name, v: string, mask: (s: string) => string) => (lvl === 'full' ? v : lvl === 'masked' ? mask(v) : null);
  return {
    orgId: input.orgId,
    total,
    offset,
    limit,
    items: rows.map((m) => ({
      id: m.id,
      name: shape(name, m.name, maskName),
      gender: m.gender,
      phone: shape(phone, m.phone, maskPhone),
      category: m.category,
      dualReport: m.dual_report,
      joinedOn: m.joined_on,
      home: m.home === null ? null : shape(address, m.home, maskAddress),
      livesInStreet: m.resident_id !== null,
      reportCommunity: m.report_community_id === null ? null : { id: m.report_community_id, name: m.report_community ?? '' },
    })),
  };
}
