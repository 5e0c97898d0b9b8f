// Party members (党员): join an organisation (入党 or a new membership), transfer in (转入, from
// outside the street) and out (转出: the row moves with its id to party_member_departed,
// migration 0011, kept as history), move to another organisation of the street (转接),
// and edit: category (在职/离退休/流动/两新), where they live (their resident record), the
// community they registered with for 双报到, and their ID number. A member linked to a resident
// is known by the resident's number (party_member.id_number stays NULL, so it is never kept
// twice); a member with no resident record keeps their own (migration 0014), one member's only. The 双报到 state follows from those: registered
// once a community is named; otherwise pending for an employed (在职) member, who is expected
// to register, and not required for the others.
//
// Every function here runs inside the caller's transaction and opens none.
import type { DualReportState, PartyMemberCategory } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { PartyMemberJoinInput, PartyMemberMoveInput, PartyMemberTransferInInput, PartyMemberTransferOutInput, PartyMemberUpdateInput } from '../../../shared/orgRegisters';
import type { RegisterWriteResult } from '../../../shared/registers';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { Changes, logChange, logStatus, nextId, result, today, type RegisterActor } from './changeLog';
import { liveOrg, type OrgRow } from './partyOrgs';
import { checkIdentity, fieldError, normalisePhone, notAfterToday } from './values';

/**
 * Write scope: an account limited to a community writes only records of that community.
 * Stricter than reading (communityScope.requireInScope lets street-level records through):
 * a record of the street as a whole (community null) is the street's to write.
 */
export function requireOwnCommunity(actor: RegisterActor, communityId: number | null, what: string): void {
  const scope = actor.user.communityId;
  if (scope === null || communityId === scope) return;
  const where = communityId === null ? 'the street as a whole' : `community ${communityId}`;
  const message = `${what} belongs to ${where}; this account may change community ${scope} only`;
  throw new ApiError('unauthorized', message, [{ path: '(scope)', message, reason: 'out_of_scope' }]);
}

export function dualReportOf(category: PartyMemberCategory, reportCommunityId: number | null): DualReportState {
  if (reportCommunityId !== null) return 'registered';
  return category === 'employed' ? 'pending' : 'not_required';
}

interface MemberRow {
  id: number;
  org_id: number;
  resident_id: number | null;
  name: string;
  gender: 'M' | 'F';
  phone: string;
  category: PartyMemberCategory;
  dual_report: DualReportState;
  joined_on: string;
  report_community_id: number | null;
  id_number: string | null;
}

const COLUMNS = 'id, org_id, resident_id, name, gender, phone, category, dual_report, joined_on, report_community_id, id_number';

function orgInScope(db: Db, actor: RegisterActor, id: number, path: string): OrgRow {
  const o = liveOrg(db, id, path);
  requireOwnCommunity(actor, o.community_id, `Party organisation ${o.id}`);
  return o;
}

function memberInScope(db: Db, actor: RegisterActor, id: number): MemberRow {
  const m = db.prepare(`SELECT ${COLUMNS} FROM party_member WHERE id = ?`).get(id) as MemberRow | undefined;
  if (!m) {
    const gone = db.prepare('SELECT left_on, to_org FROM party_member_departed WHERE id = ?').get(id) as { left_on: string; to_org: string } | undefined;
    if (gone) throw fieldError('id', `names Party member ${id}, transferred out (转出) on ${gone.left_on}`, 'conflict', 'member_departed');
    throw fieldError('id', `names no Party member (id ${id})`, 'not_found');
  }
  orgInScope(db, actor, m.org_id, 'id');
  return m;
}

/** The member's resident record: on the register, in the caller's scope, the same person, and no other member's. */
function checkResident(db: Db, actor: RegisterActor, residentId: number | null, person: { name: string; gender: 'M' | 'F' }, self: number | null): number | null {
  if (residentId === null) return null;
  const r = db
    .prepare('SELECT r.name, r.gender, g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id = ?')
    .get(residentId) as { name: string; gender: 'M' | 'F'; community_id: number } | undefined;
  if (!r) throw fieldError('residentId', `names no resident on the register (id ${residentId})`, 'not_found');
  requireOwnCommunity(actor, r.community_id, `resident ${residentId}`);
  if (r.name !== person.name) throw fieldError('name', `differs from the name registered for resident ${residentId}`, 'invalid_input', 'name_differs_resident');
  if (r.gender !== person.gender) throw fieldError('gender', `differs from the sex registered for resident ${residentId}`, 'invalid_input', 'gender_differs_resident');
  const other = db.prepare('SELECT id FROM party_member WHERE resident_id = ? AND id IS NOT ?').pluck().get(residentId, self) as number | undefined;
  if (other !== undefined) throw fieldError('residentId', `is already the home of Party member ${other}`, 'conflict', 'resident_linked');
  return residentId;
}

/**
 * The number to store for a member: checked by GB 11643 and against their sex; NULL when they are
 * linked to a resident, whose number it must be; otherwise no other member's.
 */
function checkMemberId(db: Db, raw: string | null, gender: 'M' | 'F', residentId: number | null, self: number | null, day: string): string | null {
  if (raw === null) return null;
  const { idNumber } = checkIdentity(raw, { gender }, day);
  if (residentId !== null) {
    const own = db.prepare('SELECT id_number FROM resident WHERE id = ?').pluck().get(residentId) as string | undefined;
    if (own !== idNumber) throw fieldError('idNumber', `differs from the ID number registered for resident ${residentId}`, 'invalid_input', 'id_differs_resident');
    return null;
  }
  const other = db.prepare('SELECT id FROM party_member WHERE id_number = ? AND id IS NOT ?').pluck().get(idNumber, self) as number | undefined;
  if (other !== undefined) throw fieldError('idNumber', `is already registered to Party member ${other}`, 'conflict', 'member_id_taken');
  return idNumber;
}

function checkCommunity(db: Db, id: number | null): number | null {
  if (id !== null && !db.prepare('SELECT 1 FROM community WHERE id = ?').get(id)) throw fieldError('reportCommunityId', `names no community (id ${id})`, 'not_found');
  return id;
}

/** resident.is_party_member follows the link (the building drawer and territory counts read it). */
function settleResidentFlag(db: Db, residentId: number | null): void {
  if (residentId === null) return;
  db.prepare('UPDATE resident SET is_party_member = EXISTS (SELECT 1 FROM party_member WHERE resident_id = ?) WHERE id = ?').run(residentId, residentId);
}

function addMember(db: Db, actor: RegisterActor, input: PartyMemberJoinInput, status: 'joined' | 'transferred_in', note: string): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyMember');
  const org = orgInScope(db, actor, input.orgId, 'orgId');
  const phone = normalisePhone(input.phone);
  const day = today(actor);
  const joinedOn = notAfterToday(input.joinedOn, day, 'joinedOn');
  const onDate = notAfterToday(input.onDate ?? day, day);
  if (onDate < joinedOn) throw fieldError('onDate', `${onDate} is before the day they joined the Party (${joinedOn})`, 'invalid_input', 'before_joined', { date: onDate, joinedOn });
  const residentId = checkResident(db, actor, input.residentId ?? null, input, null);
  const idNumber = checkMemberId(db, input.idNumber ?? null, input.gender, residentId, null, day);
  const reportCommunityId = checkCommunity(db, input.reportCommunityId ?? null);
  const dual = dualReportOf(input.category, reportCommunityId);
  const id = nextId(db, 'party_member', 'party_member_departed');
  db.prepare(`INSERT INTO party_member (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(id, org.id, residentId, input.name, input.gender, phone, input.category, dual, joinedOn, reportCommunityId, idNumber);
  settleResidentFlag(db, residentId);
  const changes = new Changes()
    .set('orgId', null, org.id)
    .set('name', null, input.name)
    .set('gender', null, input.gender)
    .set('phone', null, phone)
    .set('category', null, input.category)
    .set('joinedOn', null, joinedOn)
    .set('residentId', null, residentId)
    .set('idNumber', null, idNumber)
    .set('reportCommunityId', null, reportCommunityId)
    .set('dualReport', null, dual)
    .set('status', null, status);
  logStatus(db, actor, 'partyMember', id, status, onDate, note);
  const action = status === 'joined' ? 'join' : 'transferIn';
  logChange(db, actor, 'partyMember', id, action, changes.list, { onDate });
  return result('partyMember', id, action, changes);
}

/** A member joins an organisation of the street. Runs inside the caller's transaction. */
export function joinPartyMember(db: Db, actor: RegisterActor, input: PartyMemberJoinInput): RegisterWriteResult {
  return addMember(db, actor, input, 'joined', '');
}

/** 转入: a member's organisation relation comes from outside the street (`fromOrg`, kept with the status). Runs inside the caller's transaction. */
export function transferInPartyMember(db: Db, actor: RegisterActor, input: PartyMemberTransferInInput): RegisterWriteResult {
  const { fromOrg, ...member } = input;
  return addMember(db, actor, member, 'transferred_in', `转入自 ${fromOrg}`);
}

/** 转出: the relation goes to an organisation outside the street; the row moves to party_member_departed. Runs inside the caller's transaction. */
export function transferOutPartyMember(db: Db, actor: RegisterActor, input: PartyMemberTransferOutInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyMember');
  const m = memberInScope(db, actor, input.id);
  const onDate = notAfterToday(input.onDate, today(actor));
  db.prepare(`INSERT INTO party_member_departed (${COLUMNS}, left_on, to_org) SELECT ${COLUMNS}, ?, ? FROM party_member WHERE id = ?`).run(onDate, input.toOrg, m.id);
  db.prepare('DELETE FROM party_member WHERE id = ?').run(m.id);
  settleResidentFlag(db, m.resident_id);
  const changes = [{ field: 'status', before: 'member', after: 'transferred_out' }];
  logStatus(db, actor, 'partyMember', m.id, 'transferred_out', onDate, [`转出至 ${input.toOrg}`, input.note ?? ''].filter(Boolean).join('；'));
  logChange(db, actor, 'partyMember', m.id, 'transferOut', changes, { onDate, fromOrgId: m.org_id });
  return result('partyMember', m.id, 'transferOut', changes);
}

/** 转接: to another organisation of the street (both in the caller's scope). Runs inside the caller's transaction. */
export function movePartyMember(db: Db, actor: RegisterActor, input: PartyMemberMoveInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyMember');
  const m = memberInScope(db, actor, input.id);
  if (input.orgId === m.org_id) throw fieldError('orgId', `is where member ${m.id} already is`, 'invalid_input', 'unchanged');
  const org = orgInScope(db, actor, input.orgId, 'orgId');
  db.prepare('UPDATE party_member SET org_id = ? WHERE id = ?').run(org.id, m.id);
  const changes = [{ field: 'orgId', before: m.org_id, after: org.id }];
  logChange(db, actor, 'partyMember', m.id, 'move', changes);
  return result('partyMember', m.id, 'move', changes);
}

/** Edits a member: name, phone, category, home (resident link), ID number and 双报到 community; the 双报到 state follows. Runs inside the caller's transaction. */
export function updatePartyMember(db: Db, actor: RegisterActor, input: PartyMemberUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyMember');
  const m = memberInScope(db, actor, input.id);
  const name = input.name ?? m.name;
  const phone = input.phone === undefined ? m.phone : normalisePhone(input.phone);
  const category = input.category ?? m.category;
  const residentId = input.residentId === undefined ? m.resident_id : input.residentId;
  if (residentId !== null && (residentId !== m.resident_id || name !== m.name)) checkResident(db, actor, residentId, { name, gender: m.gender }, m.id);
  // A number typed now is checked; one kept from before is checked again only when the home changes.
  const idChanged = input.idNumber !== undefined || residentId !== m.resident_id;
  const idNumber = idChanged ? checkMemberId(db, input.idNumber === undefined ? m.id_number : input.idNumber, m.gender, residentId, m.id, today(actor)) : m.id_number;
  const reportCommunityId = input.reportCommunityId === undefined ? m.report_community_id : checkCommunity(db, input.reportCommunityId);
  const dual = dualReportOf(category, reportCommunityId);
  const changes = new Changes()
    .set('name', m.name, name)
    .set('phone', m.phone, phone)
    .set('category', m.category, category)
    .set('residentId', m.resident_id, residentId)
    .set('idNumber', m.id_number, idNumber)
    .set('reportCommunityId', m.report_community_id, reportCommunityId)
    .set('dualReport', m.dual_report, dual);
  if (changes.empty) return result('partyMember', m.id, 'update', changes);
  db.prepare('UPDATE party_member SET name = ?, phone = ?, category = ?, resident_id = ?, id_number = ?, report_community_id = ?, dual_report = ? WHERE id = ?').run(
    name,
    phone,
    category,
    residentId,
    idNumber,
    reportCommunityId,
    dual,
    m.id,
  );
  if (residentId !== m.resident_id) {
    settleResidentFlag(db, m.resident_id);
    settleResidentFlag(db, residentId);
  }
  logChange(db, actor, 'partyMember', m.id, 'update', changes.list);
  return result('partyMember', m.id, 'update', changes);
}
