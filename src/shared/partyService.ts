// 双报到 as work, members' service records, 双报告, and volunteer teams and activities: what
// crosses the boundary. The rules live in src/main/core/partyService and core/volunteers.
import { z } from 'zod';
import { calendarDate, id as idRule, note as noteRule, reason as reasonRule, text, wholeIn } from './inputRules';
import { VOLUNTEER_FOCUSES, type VolunteerFocus } from './vocab/partyService';

const id = idRule();
const hours = z.number({ error: 'must be a number' }).positive('must be more than 0').max(24, 'must be at most 24 hours');

/** Where a member's hour of service came from. */
export const SERVICE_KINDS = ['wish', 'need', 'activity', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export { VOLUNTEER_FOCUSES, type VolunteerFocus } from './vocab/partyService';

export const dualReportRegisterInput = z
  .strictObject({
    memberId: id,
    /** The community the member lives in and registers with. */
    communityId: id,
    registeredOn: calendarDate(),
    /** The employer's Party organisation in the street (a 驻区单位 or 两新 organisation), when it has one. */
    unitOrgId: id.optional(),
    /** The employer's name, when it has no Party organisation in the street. */
    employer: text(80).optional(),
    /** What the member undertakes to do (认领岗位, 服务承诺). */
    pledge: text(300, { min: 2, minMessage: 'is required: what the member will do' }),
  })
  .refine((r) => r.unitOrgId !== undefined || (r.employer ?? '') !== '', { path: ['employer'], message: 'is required: the employer unit (or pick its Party organisation)' });

export const dualReportEndInput = z.strictObject({ registrationId: id, endedOn: calendarDate(), reason: reasonRule() });

export const serviceRecordInput = z.strictObject({
  memberId: id,
  onDate: calendarDate(),
  kind: z.enum(['need', 'other'], { error: 'must be need or other (wishes and activities record their own hours)' }),
  refId: id.optional(),
  hours,
  communityId: id,
  note: text(300, { min: 2, minMessage: 'is required: what was done' }),
});

export const dualReportListInput = z.strictObject({
  communityId: id.optional(),
  unitOrgId: id.optional(),
  /** Service hours are summed over [from, to) (YYYY-MM-DD). */
  from: calendarDate(),
  to: calendarDate(),
  limit: wholeIn(1, 1000).default(200),
  offset: wholeIn(0, 1_000_000).default(0),
});

export const unitReportInput = z.strictObject({ unitOrgId: id.optional(), from: calendarDate(), to: calendarDate() });

export interface DualReportRow {
  registrationId: number;
  memberId: number;
  /** As the caller's role may see it: masked (张**) or null. */
  memberName: string | null;
  communityId: number;
  communityName: string;
  unitOrgId: number | null;
  employer: string;
  registeredOn: string;
  pledge: string;
  /** Hours of service in the period, and the number of services. */
  hours: number;
  services: number;
}

export interface DualReportList {
  total: number;
  /** Employed members in the scope, and how many are registered (the 报到率). */
  employed: number;
  registered: number;
  rows: DualReportRow[];
}

/** 双报告: what a unit's members did for the communities they live in, over a period. */
export interface UnitServiceReport {
  unitOrgId: number;
  unitName: string;
  from: string;
  to: string;
  /** Employed members of the unit (its Party organisation) and how many registered. */
  employed: number;
  registered: number;
  hours: number;
  services: number;
  /** Wishes the unit itself claimed and fulfilled in the period. */
  unitWishesFulfilled: number;
  byKind: Record<ServiceKind, { services: number; hours: number }>;
  byCommunity: { communityId: number; communityName: string; members: number; hours: number }[];
  members: { memberId: number; memberName: string | null; communityName: string; registeredOn: string; services: number; hours: number }[];
}

export interface UnitReportSummary {
  unitOrgId: number;
  unitName: string;
  kind: string;
  employed: number;
  registered: number;
  hours: number;
  services: number;
}

export interface ExportedWorkbook {
  fileName: string;
  mime: string;
  base64: string;
}

// Volunteers.
export const allianceCreateInput = z.strictObject({ name: text(60, { min: 2, minMessage: 'is required: the alliance name' }), foundedOn: calendarDate() });
export const teamCreateInput = z.strictObject({
  name: text(60, { min: 2, minMessage: 'is required: the team name' }),
  communityId: id.optional(),
  allianceId: id.optional(),
  /** The team's 临时党小组: a Party organisation of kind temporary_group. */
  partyGroupOrgId: id.optional(),
  focus: z.enum(VOLUNTEER_FOCUSES, { error: `must be one of ${VOLUNTEER_FOCUSES.join(', ')}` }),
  foundedOn: calendarDate(),
});
export const teamJoinInput = z
  .strictObject({ teamId: id, partyMemberId: id.optional(), residentId: id.optional(), joinedOn: calendarDate() })
  .refine((m) => (m.partyMemberId === undefined) !== (m.residentId === undefined), { path: ['partyMemberId'], message: 'give either a Party member or a resident (one of them)' });
export const activityRecordInput = z.strictObject({
  teamId: id,
  title: text(80, { min: 2, minMessage: 'is required: what the activity was' }),
  onDate: calendarDate(),
  place: text(120, { min: 2, minMessage: 'is required: where it took place' }),
  communityId: id,
  gridId: id.optional(),
  hours,
  peopleServed: wholeIn(0, 100_000),
  /** Team members who took part (volunteer_team_member ids); each is credited `hours`. */
  participantIds: z.array(id).min(1, 'at least one participant').max(500, 'at most 500 participants'),
  note: noteRule().optional(),
});

export interface VolunteerTeamView {
  id: number;
  name: string;
  communityId: number | null;
  communityName: string | null;
  allianceId: number | null;
  allianceName: string | null;
  partyGroupOrgId: number | null;
  partyGroupName: string | null;
  focus: VolunteerFocus;
  foundedOn: string;
  members: number;
  partyMembers: number;
  /** In the last 12 months. */
  activities: number;
  hours: number;
}

export interface VolunteerTeamMemberView {
  id: number;
  /** Name as a volunteer's is shown to this role (src/main/core/access/matrix.ts). */
  name: string | null;
  partyMember: boolean;
  joinedOn: string;
}

export interface VolunteerActivityView {
  id: number;
  teamId: number;
  teamName: string;
  title: string;
  onDate: string;
  place: string;
  communityId: number;
  communityName: string;
  hours: number;
  participants: number;
  peopleServed: number;
}

export interface VolunteerOverview {
  alliances: { id: number; name: string; foundedOn: string; teams: number }[];
  teams: VolunteerTeamView[];
}

export const partyServiceSchemas = {
  'dualReport.list': dualReportListInput,
  'dualReport.register': dualReportRegisterInput,
  'dualReport.end': dualReportEndInput,
  'service.record': serviceRecordInput,
  'unitReport.list': z.strictObject({ from: calendarDate(), to: calendarDate(), communityId: id.optional() }),
  'unitReport.detail': z.strictObject({ unitOrgId: id, from: calendarDate(), to: calendarDate() }),
  'unitReport.export': unitReportInput,
  'volunteer.overview': z.strictObject({ communityId: id.optional() }),
  'volunteer.members': z.strictObject({ teamId: id }),
  'volunteer.activities': z.strictObject({ teamId: id.optional(), communityId: id.optional(), limit: wholeIn(1, 500).default(100) }),
  'volunteer.createAlliance': allianceCreateInput,
  'volunteer.createTeam': teamCreateInput,
  'volunteer.join': teamJoinInput,
  'volunteer.recordActivity': activityRecordInput,
} as const;

export interface PartyServiceOutputs {
  'dualReport.list': DualReportList;
  'dualReport.register': DualReportRow;
  'dualReport.end': { ended: true };
  'service.record': { id: number };
  'unitReport.list': UnitReportSummary[];
  'unitReport.detail': UnitServiceReport;
  'unitReport.export': ExportedWorkbook;
  'volunteer.overview': VolunteerOverview;
  'volunteer.members': VolunteerTeamMemberView[];
  'volunteer.activities': VolunteerActivityView[];
  'volunteer.createAlliance': { id: number };
  'volunteer.createTeam': { id: number };
  'volunteer.join': { id: number };
  'volunteer.recordActivity': { id: number };
}
