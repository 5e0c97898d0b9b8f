// What each role sees offered on the desk. The core decides what is allowed (it checks
// every call); these only keep buttons away from people who could never use them.
import type { Role } from '../../shared/domain';

/** Who takes reports in: the desk staff, not the leaders reading the queue. */
export function canReport(role: Role): boolean {
  return role === 'admin' || role === 'dispatcher' || role === 'operator';
}

export function canBulkAssign(role: Role): boolean {
  return role === 'admin' || role === 'dispatcher';
}

/** The work calendar and the dispatch rules. */
export function canEditSettings(role: Role): boolean {
  return role === 'admin' || role === 'dispatcher';
}
