// Registers of organisations and reference data (台账 and 应用维护), as the API carries them:
// Party organisations with their coverage, Party members, facilities, departments with their
// handlers, and case categories with their time limits. Like registers.ts, these schemas
// only shape the input; every rule (who may, which parent a kind may have, what a limit edit
// does to open cases) lives in the core (src/main/core/registers).
import { z } from 'zod';
import { WORK_UNITS } from './cases';
import { CASE_CLASSES, FACILITY_KINDS, PARTY_MEMBER_CATEGORIES, PARTY_ORG_KINDS, PARTY_ORG_RATINGS, type DualReportState, type PartyMemberCategory } from './domain';
import { calendarDate, id as idRule, isCalendarDate, latitude, longitude, note, text, TEXT_LIMITS, wholeIn } from './inputRules';
import type { RegisterWriteResult } from './registers';
import { DEPARTMENT_KINDS } from './vocab/orgRegisters';

const id = idRule();
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
/** A day in a person's or an organisation's past: 入党, 成立 (any year from 1900). */
const pastDay = z
  .string({ error: 'must be a date YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date (check the month and the day)')
  .refine((s) => s >= '1900-01-01', 'must be 1900-01-01 or later');
/** Typed loosely (+86, dashes, spaces): the core normalises and checks it. */
const phone = z.string({ error: 'must be text' }).max(30, 'is too long (30 characters at most)');
const personName = text(TEXT_LIMITS.name, { min: 1 });
const orgName = text(100, { min: 1 });

/** What an organisation covers: a grid, a building or a tenant. */
export const COVERAGE_KINDS = ['grid', 'building', 'tenant'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];
const coverageTarget = z.strictObject({ kind: enumOf(COVERAGE_KINDS), id });
export type CoverageTarget = z.output<typeof coverageTarget>;

export const partyOrgCreateInput = z.strictObject({
  kind: enumOf(PARTY_ORG_KINDS),
  /** The organisation above it; none only for the street's working committee (党工委). */
  parentId: id.nullable(),
  name: orgName,
  /** Left out: the parent's code with the next free two-digit number. */
  code: text(40, { min: 1 }).optional(),
  /** Where it meets (its place on the map); its home grid and community follow from it. */
  buildingId: id,
  secretaryName: personName,
  secretaryPhone: phone,
  foundedOn: pastDay,
  rating: enumOf(PARTY_ORG_RATINGS).optional(),
});
export const partyOrgUpdateInput = z.strictObject({
  id,
  name: orgName.optional(),
  secretaryName: personName.optional(),
  secretaryPhone: phone.optional(),
  rating: enumOf(PARTY_ORG_RATINGS).optional(),
  underRectification: z.boolean({ error: 'must be true or false' }).optional(),
});
export const partyOrgMoveInput = z.strictObject({ id, parentId: id });
export const partyOrgDissolveInput = z.strictObject({
  id,
  /** The organisation its members and coverage go to. */
  intoOrgId: id,
  onDate: calendarDate(),
  note: note().optional(),
});
export const partyOrgCoverageInput = z.strictObject({
  id,
  add: z.array(coverageTarget).max(500, 'names too many records (500 at most)').optional(),
  remove: z.array(coverageTarget).max(500, 'names too many records (500 at most)').optional(),
});

// Checked and normalised by the core (GB 11643), as a resident's is.
const memberIdNumber = z.string().max(40, 'is too long (40 characters at most)');

const member = {
  orgId: id,
  name: personName,
  gender: enumOf(['M', 'F'] as const),
  phone,
  category: enumOf(PARTY_MEMBER_CATEGORIES),
  /** 入党日期. */
  joinedOn: pastDay,
  /** Where they live, when in the street: their resident record. */
  residentId: id.nullable().optional(),
  /** Their ID number (GB 11643): kept for a member with no resident record; a linked member's is the resident's. */
  idNumber: memberIdNumber.optional(),
  /** The community they registered with (双报到); 在职 members are expected to. */
  reportCommunityId: id.nullable().optional(),
  /** The day this happened (joined the organisation, 转入); today when omitted. */
  onDate: calendarDate().optional(),
};
export const partyMemberJoinInput = z.strictObject(member);
export const partyMemberTransferInInput = z.strictObject({ ...member, fromOrg: text(100, { min: 1 }) });
export const partyMemberTransferOutInput = z.strictObject({ id, toOrg: text(100, { min: 1 }), onDate: calendarDate(), note: note().optional() });
export const partyMemberUpdateInput = z.strictObject({
  id,
  name: personName.optional(),
  phone: phone.optional(),
  category: enumOf(PARTY_MEMBER_CATEGORIES).optional(),
  residentId: id.nullable().optional(),
  /** null clears it. */
  idNumber: memberIdNumber.nullable().optional(),
  reportCommunityId: id.nullable().optional(),
});
/** 转接 within the street: to another organisation. */
export const partyMemberMoveInput = z.strictObject({ id, orgId: id });

export const facilityCreateInput = z.strictObject({
  kind: enumOf(FACILITY_KINDS),
  name: text(100, { min: 1 }),
  address: text(TEXT_LIMITS.address, { min: 1 }),
  openHours: text(60, { min: 1 }),
  lng: longitude(),
  lat: latitude(),
});
export const facilityUpdateInput = z.strictObject({
  id,
  kind: enumOf(FACILITY_KINDS).optional(),
  name: text(100, { min: 1 }).optional(),
  address: text(TEXT_LIMITS.address, { min: 1 }).optional(),
  openHours: text(60, { min: 1 }).optional(),
});
export const facilityMoveInput = z.strictObject({ id, lng: longitude(), lat: latitude(), address: text(TEXT_LIMITS.address, { min: 1 }).optional() });

export { DEPARTMENT_KINDS } from './vocab/orgRegisters';
export const departmentCreateInput = z.strictObject({ code: text(20, { min: 1 }), name: text(60, { min: 1 }), kind: enumOf(DEPARTMENT_KINDS), phone });
export const departmentUpdateInput = z.strictObject({ id, name: text(60, { min: 1 }).optional(), kind: enumOf(DEPARTMENT_KINDS).optional(), phone: phone.optional() });
export const departmentDeactivateInput = z.strictObject({ id, onDate: calendarDate(), note: note().optional() });
/** A handler account (role handler) works for this department from now on. */
export const departmentHandlerInput = z.strictObject({ id, userId: id });

const limit = { limitValue: wholeIn(1, 999), limitUnit: enumOf(WORK_UNITS) };
export const categoryCreateInput = z.strictObject({
  /** Left out for a large category (大类); given for a subcategory (小类), which has a time limit. */
  parentId: id.optional(),
  code: text(20, { min: 1 }),
  name: text(60, { min: 1 }),
  /** A large category's class; a subcategory takes its parent's. */
  caseClass: enumOf(CASE_CLASSES).optional(),
  limitValue: limit.limitValue.optional(),
  limitUnit: limit.limitUnit.optional(),
  ownerDepartmentId: id.nullable().optional(),
  dispatchTo: enumOf(['owner', 'territory'] as const).optional(),
});
export const categoryUpdateInput = z.strictObject({
  id,
  name: text(60, { min: 1 }).optional(),
  limitValue: limit.limitValue.optional(),
  limitUnit: limit.limitUnit.optional(),
  ownerDepartmentId: id.nullable().optional(),
  dispatchTo: enumOf(['owner', 'territory'] as const).optional(),
});

export type PartyOrgCreateInput = z.output<typeof partyOrgCreateInput>;
export type PartyOrgUpdateInput = z.output<typeof partyOrgUpdateInput>;
export type PartyOrgMoveInput = z.output<typeof partyOrgMoveInput>;
export type PartyOrgDissolveInput = z.output<typeof partyOrgDissolveInput>;
export type PartyOrgCoverageInput = z.output<typeof partyOrgCoverageInput>;
export type PartyMemberJoinInput = z.output<typeof partyMemberJoinInput>;
export type PartyMemberTransferInInput = z.output<typeof partyMemberTransferInInput>;
export type PartyMemberTransferOutInput = z.output<typeof partyMemberTransferOutInput>;
export type PartyMemberUpdateInput = z.output<typeof partyMemberUpdateInput>;
export type PartyMemberMoveInput = z.output<typeof partyMemberMoveInput>;
export type FacilityCreateInput = z.output<typeof facilityCreateInput>;
export type FacilityUpdateInput = z.output<typeof facilityUpdateInput>;
export type FacilityMoveInput = z.output<typeof facilityMoveInput>;
export type DepartmentCreateInput = z.output<typeof departmentCreateInput>;
export type DepartmentUpdateInput = z.output<typeof departmentUpdateInput>;
export type DepartmentDeactivateInput = z.output<typeof departmentDeactivateInput>;
export type DepartmentHandlerInput = z.output<typeof departmentHandlerInput>;
export type CategoryCreateInput = z.output<typeof categoryCreateInput>;
export type CategoryUpdateInput = z.output<typeof categoryUpdateInput>;

/** The API methods (src/shared/api.ts spreads these): each answers a RegisterWriteResult. */
export const orgRegisterSchemas = {
  'partyOrg.create': partyOrgCreateInput,
  'partyOrg.update': partyOrgUpdateInput,
  'partyOrg.move': partyOrgMoveInput,
  'partyOrg.dissolve': partyOrgDissolveInput,
  'partyOrg.coverage': partyOrgCoverageInput,
  'partyMember.join': partyMemberJoinInput,
  'partyMember.transferIn': partyMemberTransferInInput,
  'partyMember.transferOut': partyMemberTransferOutInput,
  'partyMember.update': partyMemberUpdateInput,
  'partyMember.move': partyMemberMoveInput,
  'facility.create': facilityCreateInput,
  'facility.update': facilityUpdateInput,
  'facility.move': facilityMoveInput,
  'department.create': departmentCreateInput,
  'department.update': departmentUpdateInput,
  'department.deactivate': departmentDeactivateInput,
  'department.assignHandler': departmentHandlerInput,
  'caseCategory.create': categoryCreateInput,
  'caseCategory.update': categoryUpdateInput,
} as const;

export type OrgRegisterMethod = keyof typeof orgRegisterSchemas;

/** 应用维护's departments (department.list), with the handler accounts working for each. */
export interface DepartmentView {
  id: number;
  code: string;
  name: string;
  kind: (typeof DEPARTMENT_KINDS)[number];
  phone: string;
  /** The day it left dispatch; null while active. */
  deactivatedOn: string | null;
  handlers: { id: number; name: string }[];
}
export interface DepartmentList {
  departments: DepartmentView[];
  /** Every enabled handler account and the department it works for now (null: none). */
  handlerAccounts: { id: number; name: string; departmentId: number | null }[];
}
export type OrgRegisterOutputs = { [M in OrgRegisterMethod]: RegisterWriteResult };

/** An organisation's members (its drawer's 党员 tab), a page at a time. */
export const partyMemberListInput = z.strictObject({
  orgId: id,
  offset: wholeIn(0, 1_000_000).optional(),
  limit: wholeIn(1, 200).optional(),
});
export type PartyMemberListInput = z.output<typeof partyMemberListInput>;

/** One member as the caller's role may see them (names and phones masked by the personal-data matrix; null: not shown). */
export interface PartyMemberListItem {
  id: number;
  name: string | null;
  gender: 'M' | 'F';
  phone: string | null;
  category: PartyMemberCategory;
  dualReport: DualReportState;
  joinedOn: string;
  /** Where they live in the street (their household's address, as the role sees addresses); null: not in the street's register, or not shown. */
  home: string | null;
  /** Whether they are linked to a resident record (the address may still be hidden). */
  livesInStreet: boolean;
  /** The community they registered with for 双报到. */
  reportCommunity: { id: number; name: string } | null;
}

export interface PartyMemberList {
  orgId: number;
  total: number;
  offset: number;
  limit: number;
  items: PartyMemberListItem[];
}
