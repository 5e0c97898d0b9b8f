// The Party members rows matched to the register. A member is matched by ID number first:
// the number of the resident record the member is linked to (where they live in the street),
// or the member's own (party_member.id_number, migration 0014) when they have none. A row
// naming no number, or a number nobody holds yet, is matched by name, gender and
// organisation among the members outside the register who have no other number; a number
// the row gives such a member is stored as theirs. Masked cells (an export for a role that sees masked data) are
// matched by their mask and keep the value on record; a masked cell that matches nothing
// is refused. Outcomes: new, update (name, phone, category, organisation (转接), home,
// 双报到 community) or unchanged. Only reads.
import type { ImportReason } from '../../../../shared/registerImport';
import { maskIdNumber, maskName, maskPhone } from '../../privacy/mask';
import { shanghaiDate } from '../../calendar/workCalendar';
import { sameDate } from '../normaliseDate';
import type { KindPlan, ParsedRow, PlannedRow, PlanOptions } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { PARTY_MEMBER_COLUMNS, type PartyMemberField } from './columns';
import type { ExistingMember, MemberContext } from './context';
import type { Given, PartyMemberRow } from './rows';

export interface MemberTarget {
  orgId: number;
  residentId: number | null;
  /** The member's own ID number to store: the row's, when no resident record holds it. */
  idNumber: string | null;
  reportCommunityId: number | null;
  /** The name and phone to write (a masked cell keeps the value on record). */
  name: string;
  phone: string;
}

export type PlannedMember = PlannedRow<PartyMemberRow, MemberTarget>;

const label = (field: PartyMemberField) => PARTY_MEMBER_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
const at = (r: { sheet: string; row: number }) => `${r.sheet} 第${r.row}行`;
export const fullDate = (d: string) => (d.length === 7 ? `${d}-01` : d);
const GENDER_WORD = { M: '男', F: '女' } as const;

/** Whether a cell as given (in full or masked) is this value. */
function fits(given: Given, value: string, mask: (v: string) => string): boolean {
  return given.masked ? mask(value) === given.value : given.value === value;
}

export function planPartyMembers(rows: readonly ParsedRow<PartyMemberField, PartyMemberRow>[], ctx: MemberContext, options: PlanOptions): KindPlan<PartyMemberRow, MemberTarget> {
  const issues: RowIssue[] = [];
  const planned: PlannedMember[] = [];
  const today = shanghaiDate(options.now);

  // The same full ID number twice in the file: every occurrence is refused.
  const byId = new Map<string, ParsedRow<PartyMemberField, PartyMemberRow>[]>();
  for (const r of rows) if (r.data.idNumber && !r.data.idNumber.masked) byId.set(r.data.idNumber.value, [...(byId.get(r.data.idNumber.value) ?? []), r]);
  const claimed = new Set<number>();

  for (const r of rows) {
    const d = r.data;
    let refused = false;
    const refuse = (field: PartyMemberField, reason: ImportReason, value: string, detail?: string) => {
      refused = true;
      issues.push({ sheet: r.sheet, row: r.row, column: r.columns.find((c) => c.field === field)?.label ?? label(field), value, reason, ...(detail === undefined ? {} : { detail }) });
    };
    const same = d.idNumber && !d.idNumber.masked ? byId.get(d.idNumber.value)! : [r];
    if (same.length > 1) {
      refuse('idNumber', 'duplicate_in_file', d.idNumber!.value, same.filter((o) => o !== r).map(at).join('、'));
      continue;
    }

    const orgs = ctx.orgs.get(d.org) ?? [];
    const org = orgs.length === 1 ? orgs[0]! : null;
    if (orgs.length === 0) refuse('org', 'member_org_unknown', d.org);
    else if (orgs.length > 1) refuse('org', 'org_name_ambiguous', d.org);
    else if (org!.communityId !== null && org!.communityId !== options.communityId) {
      refuse('org', 'community_differs', ctx.communityNames.get(org!.communityId) ?? '', ctx.communityNames.get(options.communityId) ?? '');
    }
    const reportCommunityId = d.reportCommunity === null ? null : (ctx.communities.get(d.reportCommunity) ?? null);
    if (d.reportCommunity !== null && reportCommunityId === null) refuse('reportCommunity', 'report_community_unknown', d.reportCommunity);

    // The member this row is: by the resident the ID number names, by the masked number, or by name and organisation.
    const unclaimed = (list: ExistingMember[]) => list.find((m) => !claimed.has(m.id)) ?? null;
    const rowId = d.idNumber && !d.idNumber.masked ? d.idNumber.value : null;
    const sameOutside = () =>
      unclaimed(ctx.members.filter((m) => m.residentId === null && (m.ownIdNumber === null || m.ownIdNumber === rowId) && m.gender === d.gender && m.orgId === org?.id && fits(d.name, m.name, maskName) && (!d.phone.masked || fits(d.phone, m.phone, maskPhone))));
    let member: ExistingMember | null = null;
    let residentId: number | null = null;
    if (d.idNumber && !d.idNumber.masked) {
      const resident = ctx.resident(d.idNumber.value);
      if (resident) {
        residentId = resident.id;
        if (!fits(d.name, resident.name, maskName)) refuse('idNumber', d.name.masked ? 'masked_unmatched' : 'name_differs', d.idNumber.value);
        member = ctx.byResident.get(resident.id) ?? sameOutside();
      } else {
        const own = ctx.byOwnId.get(d.idNumber.value);
        member = own && !claimed.has(own.id) ? own : sameOutside();
      }
    } else if (d.idNumber?.masked) {
      const id = d.idNumber;
      member = unclaimed(ctx.members.filter((m) => m.idNumber !== null && maskIdNumber(m.idNumber) === id.value && fits(d.name, m.name, maskName) && (!d.phone.masked || fits(d.phone, m.phone, maskPhone))));
      if (!member) refuse('idNumber', 'masked_unmatched', id.value);
      residentId = member?.residentId ?? null;
    } else {
      member = sameOutside();
      if (!member) refuse('idNumber', 'required_missing', '');
    }
    if (member) claimed.add(member.id);

    const name = d.name.masked ? (member && fits(d.name, member.name, maskName) ? member.name : null) : d.name.value;
    if (name === null) refuse('name', 'masked_unmatched', d.name.value);
    const phone = d.phone.masked ? (member && fits(d.phone, member.phone, maskPhone) ? member.phone : null) : d.phone.value;
    if (phone === null) refuse('phone', 'masked_unmatched', d.phone.value);
    if (member && member.gender !== d.gender) refuse('gender', 'field_fixed', GENDER_WORD[d.gender], GENDER_WORD[member.gender]);
    if (member && !sameDate(d.joinedOn, member.joinedOn)) refuse('joinedOn', 'field_fixed', d.joinedOn, member.joinedOn);
    else if (fullDate(d.joinedOn) > today) refuse('joinedOn', 'date_after_today', d.joinedOn, today);
    if (refused || !org || name === null || phone === null) continue;

    const fields: string[] = [];
    if (member) {
      if (name !== member.name) fields.push('name');
      if (phone !== member.phone) fields.push('phone');
      if (d.category !== member.category) fields.push('category');
      if (org.id !== member.orgId) fields.push('org');
      if (residentId !== null && residentId !== member.residentId) fields.push('residentId');
      if (reportCommunityId !== member.reportCommunityId) fields.push('reportCommunity');
      if (residentId === null && rowId !== null && rowId !== member.ownIdNumber && member.residentId === null) fields.push('idNumber');
    }
    planned.push({
      sheet: r.sheet,
      row: r.row,
      outcome: !member ? 'new' : fields.length > 0 ? 'update' : 'unchanged',
      recordId: member?.id ?? null,
      fields,
      target: { orgId: org.id, residentId: residentId ?? member?.residentId ?? null, idNumber: residentId === null && !member?.residentId ? rowId : null, reportCommunityId, name, phone },
      creates: null,
      data: d,
    });
  }
  return { rows: planned, issues, picks: [] };
}
