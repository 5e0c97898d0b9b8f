// Who may write which register, decided here once: every register write function asks
// (so the Excel import's commit, which calls them, obeys it too), the README prints it and
// registers.test.ts asserts every role × register against the API.
// Any account scoped to a community (the community role always is) writes only records of
// that community: both ends of a move, and the building or grid a new record goes into.
import type { Role } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { Register } from '../../../shared/registers';
import type { UserView } from '../../../shared/views';

/**
 * - Residents, households, tenants, building attributes, building heads and volunteers:
 *   the street's administrators and the community's own staff (社区工作人员), who keep the
 *   registers (台账) day to day.
 * - A building's footprint (it can move the building into another grid) and the grid posts
 *   网格长 / 网格员 (the dispatch targets, staffed by the street): administrators only, as
 *   grid edits are.
 * - Party members (join, 转入/转出, category, home, 双报到) and facilities: administrators,
 *   and community staff for their own community (the members of its organisations, the
 *   facilities standing in it), as they keep those registers too.
 * - The Party organisation tree and its coverage, departments with their handlers, and case
 *   categories with their time limits (应用维护): administrators only; they shape the whole
 *   street's structure and the dispatch of every case.
 * - The desk (dispatcher, operator), departments' handlers and leaders read; they do not write.
 */
export const REGISTER_WRITE_MATRIX: Record<Role, readonly Register[]> = {
  admin: ['resident', 'household', 'building', 'buildingFootprint', 'tenant', 'gridPost', 'buildingPost', 'partyOrg', 'partyMember', 'facility', 'department', 'caseCategory'],
  community: ['resident', 'household', 'building', 'tenant', 'buildingPost', 'partyMember', 'facility'],
  dispatcher: [],
  operator: [],
  handler: [],
  leader: [],
};

export const REGISTER_WORDS: Record<Register, string> = {
  resident: 'residents',
  household: 'households',
  building: 'building attributes',
  buildingFootprint: 'building footprints',
  tenant: 'tenants',
  gridPost: 'grid heads and grid workers (网格长/网格员)',
  buildingPost: 'building heads and volunteers (楼栋长/志愿者)',
  partyOrg: 'Party organisations (党组织) or their coverage',
  partyMember: 'Party members (党员)',
  facility: 'facilities',
  department: 'departments or their handlers',
  caseCategory: 'case categories or their time limits',
};

export function mayWrite(role: Role, register: Register): boolean {
  return REGISTER_WRITE_MATRIX[role].includes(register);
}

/** Refuses a role that may not write this register: `unauthorized`, with the register named. */
export function requireRegisterWrite(user: Pick<UserView, 'role'>, register: Register): void {
  if (mayWrite(user.role, register)) return;
  const message = `the ${user.role} role may not change ${REGISTER_WORDS[register]}`;
  throw new ApiError('unauthorized', message, [{ path: '(role)', message, reason: 'register_write_refused' }]);
}
