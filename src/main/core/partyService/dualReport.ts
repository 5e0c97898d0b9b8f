// 双报到 (个人报到): an employed member registers with the community they live in — the date,
// their employer (a unit's Party organisation in the street, or a name) and what they will
// do. One transaction each, with the audit entry; party_member.dual_report and
// report_community_id (the flag other screens read) are kept in step in the same one.
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import type { DualReportList, DualReportRow, dualReportEndInput, dualReportListInput, dualReportRegisterInput } from '../../../shared/partyService';
import type { UserView } from '../../../shared/views';
import { outOfScope, requireCommunity } from '../access/communityScope';
import { level } from '../access/matrix';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { maskName, shown } from '../privacy/mask';
import { UNIT_KINDS_SQL } from './units';

function invalid(path: string, message: string, reason?: string): ApiError {
  return new ApiError('invalid_input', `${path} ${message}`, [{ path, message, ...(reason ? { reason } : {}) }]);
}

/** The community a member lives in (through their resident record), or null for one living outside the street. */
export const HOME_COMMUNITY_SQL = `(SELECT g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id = m.resident_id)`;

export function registerDualReport(db: Db, input: z.output<typeof dualReportRegisterInput>, user: UserView, now: number): number {
  requireCommunity(user, input.communityId, 'the community to register with');
  if (input.registeredOn > shanghaiDate(now)) throw invalid('registeredOn', `is after today (${shanghaiDate(now)})`, 'date_after_today');
  return db.transaction(() => {
    const m = db.prepare(`SELECT m.id, m.category, m.joined_on, ${HOME_COMMUNITY_SQL} AS home FROM party_member m WHERE m.id = ?`).get(input.memberId) as
      | { id: number; category: string; joined_on: string; home: number | null }
      | undefined;
    if (!m) throw invalid('memberId', `names no Party member (${input.memberId})`);
    if (m.category !== 'employed') throw invalid('memberId', `is a ${m.category} member: only employed (在职) members register under 双报到`, 'not_employed');
    if (m.home !== null && m.home !== input.communityId) throw invalid('communityId', `is not where the member lives (community ${m.home}): a member registers with their home community`, 'not_home_community');
    if (input.registeredOn < m.joined_on) throw invalid('registeredOn', `is before the member joined the Party (${m.joined_on})`);
    if (!db.prepare('SELECT 1 FROM community WHERE id = ?').get(input.communityId)) throw invalid('communityId', `names no community (${input.communityId})`);
    const open = db.prepare('SELECT registered_on FROM dual_report WHERE member_id = ? AND ended_on IS NULL').pluck().get(input.memberId) as string | undefined;
    if (open !== undefined) {
      const message = `the member is already registered (since ${open}); end that registration first`;
      throw new ApiError('conflict', message, [{ path: 'memberId', message, reason: 'already_registered' }]);
    }
    let employer = input.employer ?? '';
    if (input.unitOrgId !== undefined) {
      const unit = db.prepare(`SELECT name FROM party_org WHERE id = ? AND kind IN (${UNIT_KINDS_SQL})`).pluck().get(input.unitOrgId) as string | undefined;
      if (unit === undefined) throw invalid('unitOrgId', `names no unit's Party organisation (驻区单位, 两新, 楼宇 or 商圈) (${input.unitOrgId})`);
      if (employer === '') employer = unit;
    }
    const id = Number(
      db
        .prepare('INSERT INTO dual_report (member_id, community_id, unit_org_id, employer, registered_on, pledge, recorded_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(input.memberId, input.communityId, input.unitOrgId ?? null, employer, input.registeredOn, input.pledge, now, user.id).lastInsertRowid,
    );
    db.prepare(`UPDATE party_member SET dual_report = 'registered', report_community_id = ? WHERE id = ?`).run(input.communityId, input.memberId);
    appendAudit(db, now, { userId: user.id, action: 'dualReport.register', entity: 'party_member', entityId: input.memberId, detail: { registrationId: id, communityId: input.communityId, unitOrgId: input.unitOrgId ?? null, registeredOn: input.registeredOn } });
    return id;
  })();
}

export function endDualReport(db: Db, input: z.output<typeof dualReportEndInput>, user: UserView, now: number): number {
  return db.transaction(() => {
    const d = db.prepare('SELECT member_id, community_id, registered_on, ended_on FROM dual_report WHERE id = ?').get(input.registrationId) as
      | { member_id: number; community_id: number; registered_on: string; ended_on: string | null }
      | undefined;
    if (!d) throw invalid('registrationId', `names no 双报到 registration (${input.registrationId})`);
    if (user.communityId !== null && d.community_id !== user.communityId) throw outOfScope('community', d.community_id, user.communityId);
    if (d.ended_on !== null) throw new ApiError('conflict', `the registration already ended on ${d.ended_on}`, [{ path: 'registrationId', message: `already ended on ${d.ended_on}`, reason: 'already_ended' }]);
    if (input.endedOn < d.registered_on) throw invalid('endedOn', `is before the registration (${d.registered_on})`);
    if (input.endedOn > shanghaiDate(now)) throw invalid('endedOn', `is after today (${shanghaiDate(now)})`, 'date_after_today');
    db.prepare('UPDATE dual_report SET ended_on = ?, end_reason = ? WHERE id = ?').run(input.endedOn, input.reason, input.registrationId);
    db.prepare(`UPDATE party_member SET dual_report = CASE WHEN category = 'employed' THEN 'pending' ELSE 'not_required' END, report_community_id = NULL WHERE id = ?`).run(d.member_id);
    appendAudit(db, now, { userId: user.id, action: 'dualReport.end', entity: 'party_member', entityId: d.member_id, detail: { registrationId: input.registrationId, endedOn: input.endedOn } });
    return d.community_id;
  })();
}

interface RegRow {
  id: number;
  member_id: number;
  name: string | null;
  community_id: number;
  community_name: string;
  unit_org_id: number | null;
  employer: string;
  registered_on: string;
  pledge: string;
  hours: number;
  services: number;
}

function rowView(r: RegRow, user: UserView): DualReportRow {
  return {
    registrationId: r.id,
    memberId: r.member_id,
    memberName: shown(r.name, level(user.role, 'partyMember', 'name'), maskName),
    communityId: r.community_id,
    communityName: r.community_name,
    unitOrgId: r.unit_org_id,
    employer: r.employer,
    registeredOn: r.registered_on,
    pledge: r.pledge,
    hours: Math.round(r.hours * 10) / 10,
    services: r.services,
  };
}

const REG_SELECT = `SELECT d.id, d.member_id, COALESCE(m.name, md.name) AS name, d.community_id, c.name AS community_name, d.unit_org_id, d.employer, d.registered_on, d.pledge,
    COALESCE((SELECT sum(s.hours) FROM service_record s WHERE s.member_id = d.member_id AND s.on_date >= @from AND s.on_date < @to), 0) AS hours,
    (SELECT count(*) FROM service_record s WHERE s.member_id = d.member_id AND s.on_date >= @from AND s.on_date < @to) AS services
  FROM dual_report d JOIN community c ON c.id = d.community_id
  LEFT JOIN party_member m ON m.id = d.member_id LEFT JOIN party_member_departed md ON md.id = d.member_id`;

export function dualReportRow(db: Db, registrationId: number, user: UserView, from: string, to: string): DualReportRow {
  return rowView(db.prepare(`${REG_SELECT} WHERE d.id = @id`).get({ id: registrationId, from, to }) as RegRow, user);
}

export function listDualReports(db: Db, q: z.output<typeof dualReportListInput>, user: UserView): DualReportList {
  const community = user.communityId ?? q.communityId ?? null;
  if (user.communityId !== null && q.communityId !== undefined) requireCommunity(user, q.communityId, 'the registrations');
  const where = ['d.ended_on IS NULL'];
  const p: Record<string, unknown> = { from: q.from, to: q.to };
  if (community !== null) {
    where.push('d.community_id = @community');
    p.community = community;
  }
  if (q.unitOrgId !== undefined) {
    where.push('d.unit_org_id = @unit');
    p.unit = q.unitOrgId;
  }
  const total = db.prepare(`SELECT count(*) FROM dual_report d WHERE ${where.join(' AND ')}`).pluck().get(p) as number;
  const rows = db.prepare(`${REG_SELECT} WHERE ${where.join(' AND ')} ORDER BY hours DESC, d.id LIMIT @limit OFFSET @offset`).all({ ...p, limit: q.limit, offset: q.offset }) as RegRow[];
  // Employed members who live in (or, living outside the street, belong to an organisation of) the community.
  const employed = db
    .prepare(
      `SELECT count(*) AS employed, coalesce(sum(EXISTS (SELECT 1 FROM dual_report d WHERE d.member_id = m.id AND d.ended_on IS NULL)), 0) AS registered
         FROM party_member m JOIN party_org o ON o.id = m.org_id
        WHERE m.category = 'employed' AND (@community IS NULL OR COALESCE(${HOME_COMMUNITY_SQL}, (SELECT d.community_id FROM dual_report d WHERE d.member_id = m.id AND d.ended_on IS NULL), o.community_id) = @community)`,
    )
    .get({ community }) as { employed: number; registered: number };
  return { total, employed: employed.employed, registered: employed.registered, rows: rows.map((r) => rowView(r, user)) };
}
