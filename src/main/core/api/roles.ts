// Who may call what beyond "has an unlocked session". Case actions are judged by the
// state machine per action; these are the coarser gates for whole methods.
import type { Role } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { CallContext } from './context';
import type { Session } from '../session/sessions';
import { admitPersonalRead, type PersonalRead } from '../access/bulkReads';
import { requireCommunity, requireInScope } from '../access/communityScope';
import { placeAt } from '../cases/locate';

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

/** The caller's session, for per-session state such as the bulk-read window. */
export function currentSession(ctx: CallContext): Session {
  if (!ctx.session) throw new ApiError('unauthorized', 'this call needs an unlocked session');
  return ctx.session;
}

/** Counts a response's persons against the session's bulk-read limit and audits the read. */
export function personalRead(ctx: CallContext, read: PersonalRead): void {
  admitPersonalRead(ctx.db(), currentSession(ctx), ctx.now, read);
}

/** A community account reports only at points inside its community. */
export function requirePointInScope(ctx: CallContext, lng: number, lat: number): void {
  const user = currentUser(ctx);
  if (user.communityId === null) return;
  const grid = placeAt(ctx.db(), lng, lat).grid;
  if (!grid) throw new ApiError('unauthorized', `this account is limited to community ${user.communityId} and the point lies outside every grid`);
  requireCommunity(user, grid.communityId, 'a point');
}

/** A community account acts only on cases of its community. */
export function requireCasesInScope(ctx: CallContext, caseIds: readonly number[]): void {
  const user = currentUser(ctx);
  for (const id of caseIds) requireInScope(ctx.db(), user, 'case', id);
}
