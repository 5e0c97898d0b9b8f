// 双报告: for each unit (驻区单位, 两新, 楼宇, 商圈 Party organisation), what its members did for
// the communities they live in over a period — who is employed, who registered (双报到),
// their services and hours by kind and community. A unit's members are its organisation's
// members and the members who named it as their employer when they registered.
import { ApiError } from '../../../shared/errors';
import { SERVICE_KINDS, type ServiceKind, type UnitReportSummary, type UnitServiceReport } from '../../../shared/partyService';
import type { UserView } from '../../../shared/views';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { maskName, shown } from '../privacy/mask';
import { UNIT_KINDS_SQL } from './units';

/** The unit's members (ids), with the registration open at the period's end if any. */
const UNIT_MEMBERS = `
  um AS (
    SELECT m.id, m.name, m.category FROM party_member m WHERE m.org_id = @unit
    UNION
    SELECT m.id, m.name, m.category FROM party_member m JOIN dual_report d ON d.member_id = m.id WHERE d.unit_org_id = @unit
  ),
  reg AS (
    SELECT d.member_id, d.community_id, d.registered_on FROM dual_report d
     WHERE d.registered_on < @to AND (d.ended_on IS NULL OR d.ended_on >= @to)
  )`;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function unitReport(db: Db, unitOrgId: number, from: string, to: string, user: UserView): UnitServiceReport {
  if (from >= to) throw new ApiError('invalid_input', 'to must be after from', [{ path: 'to', message: 'must be after from' }]);
  const unit = db.prepare(`SELECT id, name FROM party_org WHERE id = ? AND kind IN (${UNIT_KINDS_SQL})`).get(unitOrgId) as { id: number; name: string } | undefined;
  if (!unit) throw new ApiError('not_found', `no unit's Party organisation ${unitOrgId} (驻区单位, 两新, 楼宇 or 商圈)`, [{ path: 'unitOrgId', message: `names no unit (${unitOrgId})` }]);
  const p = { unit: unitOrgId, from, to };
  const members = db
    .prepare(
      `WITH ${UNIT_MEMBERS}
       SELECT um.id, um.name, um.category, reg.registered_on, c.name AS community_name,
              (SELECT count(*) FROM service_record s WHERE s.member_id = um.id AND s.on_date >= @from AND s.on_date < @to) AS services,
              COALESCE((SELECT sum(s.hours) FROM service_record s WHERE s.member_id = um.id AND s.on_date >= @from AND s.on_date < @to), 0) AS hours
         FROM um LEFT JOIN reg ON reg.member_id = um.id LEFT JOIN community c ON c.id = reg.community_id
        ORDER BY hours DESC, um.id`,
    )
    .all(p) as { id: number; name: string; category: string; registered_on: string | null; community_name: string | null; services: number; hours: number }[];
  const registered = members.filter((m) => m.registered_on !== null);
  const byKind = Object.fromEntries(SERVICE_KINDS.map((k) => [k, { services: 0, hours: 0 }])) as Record<ServiceKind, { services: number; hours: number }>;
  for (const r of db
    .prepare(`WITH ${UNIT_MEMBERS} SELECT s.kind, count(*) AS n, sum(s.hours) AS h FROM service_record s JOIN reg ON reg.member_id = s.member_id WHERE s.member_id IN (SELECT id FROM um) AND s.on_date >= @from AND s.on_date < @to GROUP BY s.kind`)
    .all(p) as { kind: ServiceKind; n: number; h: number }[]) {
    byKind[r.kind] = { services: r.n, hours: round1(r.h) };
  }
  const byCommunity = new Map<string, { communityId: number; communityName: string; members: number; hours: number }>();
  for (const r of db
    .prepare(`WITH ${UNIT_MEMBERS} SELECT reg.community_id, c.name, reg.member_id, COALESCE((SELECT sum(s.hours) FROM service_record s WHERE s.member_id = reg.member_id AND s.on_date >= @from AND s.on_date < @to), 0) AS h FROM reg JOIN community c ON c.id = reg.community_id WHERE reg.member_id IN (SELECT id FROM um)`)
    .all(p) as { community_id: number; name: string; member_id: number; h: number }[]) {
    const c = byCommunity.get(r.name) ?? { communityId: r.community_id, communityName: r.name, members: 0, hours: 0 };
    c.members += 1;
    c.hours = round1(c.hours + r.h);
    byCommunity.set(r.name, c);
  }
  const fromMs = Date.parse(`${from}T00:00:00+08:00`);
  const toMs = Date.parse(`${to}T00:00:00+08:00`);
  const unitWishes = db.prepare(`SELECT count(*) FROM micro_wish WHERE claimant_kind = 'unit' AND claimant_id = ? AND fulfilled_at >= ? AND fulfilled_at < ?`).pluck().get(unitOrgId, fromMs, toMs) as number;
  const nameLevel = level(user.role, 'partyMember', 'name');
  return {
    unitOrgId,
    unitName: unit.name,
    from,
    to,
    employed: members.filter((m) => m.category === 'employed').length,
    registered: registered.length,
    hours: round1(registered.reduce((s, m) => s + m.hours, 0)),
    services: registered.reduce((s, m) => s + m.services, 0),
    unitWishesFulfilled: unitWishes,
    byKind,
    byCommunity: [...byCommunity.values()].sort((a, b) => b.hours - a.hours),
    members: registered.map((m) => ({ memberId: m.id, memberName: shown(m.name, nameLevel, maskName), communityName: m.community_name ?? '', registeredOn: m.registered_on!, services: m.services, hours: round1(m.hours) })),
  };
}

/** Every unit's totals for the period (the 双报告 list), optionally only units placed in one community. */
export function unitReportList(db: Db, from: string, to: string, communityId: number | null): UnitReportSummary[] {
  const units = db.prepare(`SELECT id, name, kind FROM party_org WHERE kind IN (${UNIT_KINDS_SQL}) AND (@c IS NULL OR community_id = @c) ORDER BY code`).all({ c: communityId }) as { id: number; name: string; kind: string }[];
  const stmt = db.prepare(
    `WITH ${UNIT_MEMBERS}
     SELECT (SELECT count(*) FROM um WHERE category = 'employed') AS employed,
            (SELECT count(*) FROM um JOIN reg ON reg.member_id = um.id) AS registered,
            (SELECT count(*) FROM service_record s JOIN reg ON reg.member_id = s.member_id WHERE s.member_id IN (SELECT id FROM um) AND s.on_date >= @from AND s.on_date < @to) AS services,
            COALESCE((SELECT sum(s.hours) FROM service_record s JOIN reg ON reg.member_id = s.member_id WHERE s.member_id IN (SELECT id FROM um) AND s.on_date >= @from AND s.on_date < @to), 0) AS hours`,
  );
  return units.map((u) => {
    const r = stmt.get({ unit: u.id, from, to }) as { employed: number; registered: number; services: number; hours: number };
    return { unitOrgId: u.id, unitName: u.name, kind: u.kind, employed: r.employed, registered: r.registered, services: r.services, hours: round1(r.hours) };
  });
}
