// Who may call what beyond "has an unlocked session". Case actions are judged by the
// state machine per action; these are the coarser gates for whole methods.
import type { Role } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { CallContext } from './context';

export const INTAKE_ROLES: readonly Role[] = ['admin', 'dispatcher', 'operator'];
export const SETTINGS_ROLES: readonly Role[] = ['admin', 'dispatcher'];
/** Redrawing grids changes where every record belongs: administrators only. */
export const GRID_EDIT_ROLES: readonly Role[] = ['admin'];

/** The caller's user, or `unauthorized` when their role may not do this. */
export function requireRole(ctx: CallContext, roles: readonly Role[], what: string): UserView {
  const user = ctx.session?.user;
  if (!user) throw new ApiError('unauthorized', 'this call needs an unlocked session');
  if (!roles.includes(user.role)) throw new ApiError('unauthorized', `the ${user.role} role may not ${what}`);
  return user;
}

export function currentUser(ctx: CallContext): UserView {
  const user = ctx.session?.user;
  if (!user) throw new ApiError('unauthorized', 'this call needs an unlocked session');
  return user;
}
