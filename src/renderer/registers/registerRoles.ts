// Which roles get the register editing actions in the UI. Only a convenience: the core's
// role matrix (core/access/registerWrites.ts) refuses every other role on each call.
import type { Role } from '../../shared/domain';

/** Residents, households, building heads and the residents import. */
export function canEditRegisters(role: Role): boolean {
  return role === 'admin' || role === 'community';
}
