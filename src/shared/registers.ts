// Registers that can be written (台账维护): residents, households, buildings, tenants and grid
// staff posts, as the API carries them. Every rule (who may, what is valid, what changes with
// what) lives in the core (src/main/core/registers); these schemas only shape the input, and
// values a person types loosely (ID numbers, phones, USCC) are normalised and checked there,
// so the refusal can say which field and why.
import { z } from 'zod';
import { BUILDING_USES, CREDIT_GRADES, RESIDENT_TAGS, STAFF_ROLES } from './domain';
import { calendarDate, id as idRule, isCalendarDate, note, text, TEXT_LIMITS, wholeIn } from './inputRules';
import { HOUSEHOLD_STATUSES, HOUSEHOLD_TENURES, RESIDENT_RELATIONS, TENANT_CATEGORIES, TENANT_STATUSES, type ResidentRelation } from './vocab/registers';

/** The records whose changes are kept (record_change.kind). */
export const RECORD_KINDS = ['resident', 'household', 'building', 'tenant', 'gridStaff', 'partyOrg', 'partyMember', 'facility', 'department', 'caseCategory'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** 在册 / 迁出 / 死亡. A resident who left is kept (as history), never deleted. */
export const RESIDENT_STATUSES = ['registered', 'moved_out', 'deceased'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];
export const LEAVING_STATUSES = ['moved_out', 'deceased'] as const;

export { HOUSEHOLD_STATUSES, HOUSEHOLD_TENURES, RESIDENT_RELATIONS, TENANT_CATEGORIES, TENANT_STATUSES, type HouseholdStatus, type ResidentRelation, type TenantStatus } from './vocab/registers';
export const HEAD_RELATION: ResidentRelation = '户主';

/** Who may write which register: the rows of the role matrix (core/access/registerWrites.ts). */
export const REGISTERS = [
  'resident', 'household', 'building', 'buildingFootprint', 'tenant', 'gridPost', 'buildingPost',
  'partyOrg', 'partyMember', 'facility', 'department', 'caseCategory',
] as const;
export type Register = (typeof REGISTERS)[number];

const id = idRule();
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** A birth date 'YYYY-MM-DD' (any year from 1800: the ID number standard's own examples are that old). */
const birthDate = z
  .string({ error: 'must be a date YYYY-MM-DD' })
  .regex(DATE_SHAPE, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date (check the month and the day)')
  .refine((s) => s >= '1800-01-01', 'must be 1800-01-01 or later');
/** Typed loosely (spaces, full-width, 15 digits, lowercase x): the core normalises and checks it. */
const idNumber = z.string({ error: 'is required' }).max(40, 'is too long (40 characters at most)');
/** Typed loosely (+86, dashes, spaces, full-width digits): the core normalises and checks it. */
const phone = z.string({ error: 'must be text' }).max(30, 'is too long (30 characters at most)');
const requiredName = text(TEXT_LIMITS.name, { min: 1 });
const gender = enumOf(['M', 'F'] as const);
const tags = z.array(enumOf(RESIDENT_TAGS)).max(RESIDENT_TAGS.length, `must list at most ${RESIDENT_TAGS.length} tags`);
const floor = wholeIn(-5, 200);

export const residentAddInput = z.strictObject({
  householdId: id,
  name: requiredName,
  idNumber,
  /** Optional: when typed, it must agree with the birth date in the ID number. */
  birthDate: birthDate.optional(),
  /** Optional: when typed, it must agree with the sex the ID number encodes. */
  gender: gender.optional(),
  phone: phone.nullable().optional(),
  relation: enumOf(RESIDENT_RELATIONS),
  tags: tags.optional(),
  /** The day they came (迁入); today when omitted. */
  onDate: calendarDate().optional(),
});
export const residentUpdateInput = z.strictObject({
  id,
  name: requiredName.optional(),
  idNumber: idNumber.optional(),
  birthDate: birthDate.optional(),
  gender: gender.optional(),
  phone: phone.nullable().optional(),
  relation: enumOf(RESIDENT_RELATIONS).optional(),
  tags: tags.optional(),
});
export const residentMoveInput = z.strictObject({ id, householdId: id, relation: enumOf(RESIDENT_RELATIONS), onDate: calendarDate().optional() });
export const residentLeaveInput = z.strictObject({ id, status: enumOf(LEAVING_STATUSES), onDate: calendarDate(), note: note().optional() });

export const householdCreateInput = z.strictObject({
  buildingId: id,
  unit: wholeIn(1, 99),
  floor,
  room: text(10, { min: 1 }),
  tenure: enumOf(HOUSEHOLD_TENURES),
  /** A new home is 空置 until someone is registered in it (adding a resident makes it 在住). */
  status: enumOf(['occupied', 'vacant'] as const).optional(),
});
export const householdUpdateInput = z.strictObject({ id, unit: wholeIn(1, 99).optional(), floor: floor.optional(), room: text(10, { min: 1 }).optional(), tenure: enumOf(HOUSEHOLD_TENURES).optional() });
export const householdStatusInput = z.strictObject({ id, status: enumOf(HOUSEHOLD_STATUSES), onDate: calendarDate(), note: note().optional() });

const position = z.tuple([z.number().finite(), z.number().finite()]);
/** A GeoJSON Polygon; the core checks the ring (closed, at least 4 positions, inside the street). */
export const footprintInput = z.strictObject({
  type: z.literal('Polygon', { error: 'must be a GeoJSON Polygon' }),
  coordinates: z.array(z.array(position).min(4, 'a ring needs at least 4 positions (closed)').max(2000, 'has too many positions')).min(1).max(20),
});
export const buildingUpdateInput = z.strictObject({
  id,
  name: text(60, { min: 1 }).optional(),
  floors: wholeIn(1, 200).optional(),
  use: enumOf(BUILDING_USES).optional(),
  hasLift: z.boolean({ error: 'must be true or false' }).optional(),
  builtYear: wholeIn(1800, 2100).optional(),
  footprint: footprintInput.optional(),
});

const uscc = z.string({ error: 'is required' }).max(40, 'is too long (40 characters at most)');
export const tenantOpenInput = z.strictObject({
  buildingId: id,
  name: text(100, { min: 1 }),
  category: enumOf(TENANT_CATEGORIES),
  uscc,
  legalRep: requiredName,
  phone,
  employees: wholeIn(0, 1_000_000),
  creditGrade: enumOf(CREDIT_GRADES),
  floor,
  onDate: calendarDate().optional(),
});
export const tenantUpdateInput = z.strictObject({
  id,
  name: text(100, { min: 1 }).optional(),
  category: enumOf(TENANT_CATEGORIES).optional(),
  uscc: uscc.optional(),
  legalRep: requiredName.optional(),
  phone: phone.optional(),
  employees: wholeIn(0, 1_000_000).optional(),
  creditGrade: enumOf(CREDIT_GRADES).optional(),
  /** Why the grade changed (kept with the grade history). */
  gradeNote: note().optional(),
});
export const tenantMoveInput = z.strictObject({ id, buildingId: id, floor });
export const tenantStatusInput = z.strictObject({ id, status: enumOf(TENANT_STATUSES), onDate: calendarDate(), note: note().optional() });

const holder = {
  name: requiredName,
  phone,
  /** The resident who holds the post, when they live in the street (building heads usually do). */
  residentId: id.nullable().optional(),
  isPartyMember: z.boolean({ error: 'must be true or false' }).optional(),
};
export const staffAssignInput = z.strictObject({
  role: enumOf(STAFF_ROLES),
  /** 网格长, 网格员, 志愿者: the grid. */
  gridId: id.optional(),
  /** 楼栋长: the building (its grid follows from it). */
  buildingId: id.optional(),
  ...holder,
  onDate: calendarDate().optional(),
});
export const staffReplaceInput = z.strictObject({ id, ...holder, onDate: calendarDate().optional() });
export const staffVacateInput = z.strictObject({ id, onDate: calendarDate(), note: note().optional() });

export const recordHistoryInput = z.strictObject({ kind: enumOf(RECORD_KINDS), id });

export type ResidentAddInput = z.output<typeof residentAddInput>;
export type ResidentUpdateInput = z.output<typeof residentUpdateInput>;
export type ResidentMoveInput = z.output<typeof residentMoveInput>;
export type ResidentLeaveInput = z.output<typeof residentLeaveInput>;
export type HouseholdCreateInput = z.output<typeof householdCreateInput>;
export type HouseholdUpdateInput = z.output<typeof householdUpdateInput>;
export type HouseholdStatusInput = z.output<typeof householdStatusInput>;
export type BuildingUpdateInput = z.output<typeof buildingUpdateInput>;
export type TenantOpenInput = z.output<typeof tenantOpenInput>;
export type TenantUpdateInput = z.output<typeof tenantUpdateInput>;
export type TenantMoveInput = z.output<typeof tenantMoveInput>;
export type TenantStatusInput = z.output<typeof tenantStatusInput>;
export type StaffAssignInput = z.output<typeof staffAssignInput>;
export type StaffReplaceInput = z.output<typeof staffReplaceInput>;
export type StaffVacateInput = z.output<typeof staffVacateInput>;
export type RecordHistoryInput = z.output<typeof recordHistoryInput>;

/** What a register write answers: the record, what was done, which fields changed (names only). */
export interface RegisterWriteResult {
  kind: RecordKind;
  id: number;
  action: string;
  changed: string[];
  /** Other records the same write changed (residents moved out with their household, …). */
  alsoChanged: { kind: RecordKind; id: number }[];
  /** Grid staff reviews (from grid edits) this write resolved. */
  resolvedReviews: number[];
}

export type HistoryValue = string | number | boolean | null | string[];

/** One field of one change. `hidden`: the role may not see this field's values (both are null). */
export interface FieldChangeView {
  field: string;
  before: HistoryValue;
  after: HistoryValue;
  hidden: boolean;
  /** Words for ids among the values (a household's address for 914, a building's name for building:41), by the value as text. */
  labels?: Record<string, string>;
}

export interface RecordChangeView {
  id: number;
  at: number;
  userName: string | null;
  action: string;
  changes: FieldChangeView[];
}

export interface RecordStatusView {
  status: string;
  onDate: string;
  at: number;
  userName: string | null;
  note: string;
}

export interface CreditGradeView {
  grade: string;
  since: string;
  at: number;
  userName: string | null;
  note: string;
}

/** 变更记录: a record's changes, newest first, masked by the caller's role. */
export interface RecordHistory {
  kind: RecordKind;
  id: number;
  /** The record's status now ('registered', 'moved_out', …; null for buildings). */
  status: string | null;
  changes: RecordChangeView[];
  statuses: RecordStatusView[];
  /** Tenants only. */
  creditGrades: CreditGradeView[];
}
