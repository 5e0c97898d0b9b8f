// Who sees which personal field, decided here once: the services shape every response by
// this table, the README prints it, and the role-matrix test asserts the API against it.
import type { Role } from '../../../shared/domain';
import type { RevealKind } from '../../../shared/access';

/** full: as stored; masked: 张**, 138****1234, 110105********1234, the building without the room; none: absent. */
export type Level = 'full' | 'masked' | 'none';
/** onWorkedCases: full on a case the caller works (see caseWork.ts), masked on any other. */
export type Rule = Level | 'onWorkedCases';

export type PersonalField = 'name' | 'phone' | 'idNumber' | 'address' | 'tags';

/**
 * The people whose data a response may carry. Staff (grid heads and workers) and Party
 * organisation secretaries are work contacts posted on the grid's notice board; building
 * heads and volunteers are residents who help, so their phones are personal.
 */
export const PERSON_KINDS = ['resident', 'reporter', 'partyMember', 'staff', 'volunteer', 'secretary', 'tenantContact'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const FIELDS_OF: Record<PersonKind, readonly PersonalField[]> = {
  resident: ['name', 'phone', 'idNumber', 'address', 'tags'],
  reporter: ['name', 'phone'],
  // idNumber: a member with no resident record keeps their own (a linked member's is the resident's).
  partyMember: ['name', 'phone', 'idNumber'],
  staff: ['name', 'phone'],
  volunteer: ['name', 'phone'],
  secretary: ['name', 'phone'],
  tenantContact: ['name', 'phone'],
};

type KindRules = { [K in PersonKind]: Partial<Record<PersonalField, Rule>> };

const RESIDENT_REGISTER = { name: 'masked', phone: 'masked', idNumber: 'masked', address: 'full', tags: 'none' } as const;
const RESIDENT_DESK = { name: 'masked', phone: 'none', idNumber: 'none', address: 'masked', tags: 'none' } as const;
const WORK_CONTACTS = { staff: { name: 'full', phone: 'full' }, secretary: { name: 'full', phone: 'full' }, tenantContact: { name: 'full', phone: 'full' } } as const;

export const PERSONAL_DATA_MATRIX: Record<Role, KindRules> = {
  admin: {
    resident: RESIDENT_REGISTER,
    reporter: { name: 'onWorkedCases', phone: 'onWorkedCases' },
    partyMember: { name: 'masked', phone: 'masked', idNumber: RESIDENT_REGISTER.idNumber },
    volunteer: { name: 'full', phone: 'full' },
    ...WORK_CONTACTS,
  },
  // Within its own community only; every other community's records are refused outright.
  community: {
    resident: RESIDENT_REGISTER,
    reporter: { name: 'masked', phone: 'masked' },
    partyMember: { name: 'masked', phone: 'masked', idNumber: RESIDENT_REGISTER.idNumber },
    volunteer: { name: 'full', phone: 'full' },
    ...WORK_CONTACTS,
  },
  dispatcher: {
    resident: RESIDENT_DESK,
    reporter: { name: 'onWorkedCases', phone: 'onWorkedCases' },
    partyMember: { name: 'masked', phone: 'none', idNumber: RESIDENT_DESK.idNumber },
    volunteer: { name: 'full', phone: 'masked' },
    ...WORK_CONTACTS,
  },
  operator: {
    resident: RESIDENT_DESK,
    reporter: { name: 'onWorkedCases', phone: 'onWorkedCases' },
    partyMember: { name: 'masked', phone: 'none', idNumber: RESIDENT_DESK.idNumber },
    volunteer: { name: 'full', phone: 'masked' },
    ...WORK_CONTACTS,
  },
  handler: {
    resident: RESIDENT_DESK,
    reporter: { name: 'onWorkedCases', phone: 'onWorkedCases' },
    partyMember: { name: 'masked', phone: 'none', idNumber: RESIDENT_DESK.idNumber },
    volunteer: { name: 'full', phone: 'masked' },
    ...WORK_CONTACTS,
  },
  // Figures only: counts, never a resident, reporter or member; the street's own staff by name.
  leader: {
    resident: { name: 'none', phone: 'none', idNumber: 'none', address: 'none', tags: 'none' },
    reporter: { name: 'none', phone: 'none' },
    partyMember: { name: 'none', phone: 'none', idNumber: 'none' },
    staff: { name: 'full', phone: 'masked' },
    volunteer: { name: 'masked', phone: 'none' },
    secretary: { name: 'full', phone: 'masked' },
    tenantContact: { name: 'masked', phone: 'none' },
  },
};

/** Which records a role may unmask one at a time, with a reason (community: in its community only). */
export const REVEAL_MATRIX: Record<Role, readonly RevealKind[]> = {
  admin: ['resident', 'reporter', 'partyMember'],
  community: ['resident', 'reporter', 'partyMember'],
  dispatcher: ['reporter'],
  operator: [],
  handler: [],
  leader: [],
};

export function rule(role: Role, kind: PersonKind, field: PersonalField): Rule {
  return PERSONAL_DATA_MATRIX[role][kind][field] ?? 'none';
}

/** The level for a field, resolving onWorkedCases with whether the caller works this case. */
export function level(role: Role, kind: PersonKind, field: PersonalField, worksCase = false): Level {
  const r = rule(role, kind, field);
  if (r === 'onWorkedCases') return worksCase ? 'full' : 'masked';
  return r;
}
