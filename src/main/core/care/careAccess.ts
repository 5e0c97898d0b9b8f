// Who sees whom on the care list. Care tags are welfare data: only the register roles (the
// administrator; a community account, in its own community) get residents — names masked
// 张**, the address in full as their registers have it — and record visits. Every other role
// (the desk, handlers, leaders) gets counts per grid and per visitor, never a person.
import type { Role } from '../../../shared/domain';

export const CARE_NAMES_ROLES: readonly Role[] = ['admin', 'community'];
/** Visits are recorded by the register roles (the community enters what its 楼栋长 and 网格员 report). */
export const CARE_RECORD_ROLES: readonly Role[] = ['admin', 'community'];
/** Visit tasks are also raised by the desk (an acknowledged alert, a call from a neighbour). */
export const CARE_TASK_ROLES: readonly Role[] = ['admin', 'community', 'dispatcher', 'operator'];
export const CARE_RULE_ROLES: readonly Role[] = ['admin'];

export function seesNames(role: Role): boolean {
  return CARE_NAMES_ROLES.includes(role);
}
