// partyFigures.compute for every role (figures only, no person in them). A period longer than
// a month, or a grouping by grid or unit, is computed in a worker (a year at scale 1 reads every
// member and a year of service); a short one answers here.
import type { HandlerMap } from '../api/handlers';
import { currentUser } from '../api/roles';
import { requireCommunity } from '../access/communityScope';
import { ApiError } from '../../../shared/errors';
import { computePartyFigures } from './computePartyFigures';

const INLINE_MAX_MS = 31 * 86_400_000;

export const partyFigureHandlers: Pick<HandlerMap, 'partyFigures.compute'> = {
  'partyFigures.compute': (input, ctx) => {
    const user = currentUser(ctx);
    // A community account sees its own community's figures (and its grids').
    if (user.communityId !== null) {
      const scope = input.scope ?? { kind: 'street' as const };
      if (scope.kind === 'street') throw new ApiError('unauthorized', `this account is limited to community ${user.communityId}: ask for its figures (scope community ${user.communityId})`, [{ path: 'scope', message: 'is the whole street', reason: 'out_of_scope' }]);
      if (scope.kind === 'community') requireCommunity(user, scope.id, 'the figures');
      if (scope.kind === 'grid') {
        const c = ctx.db().prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(scope.id) as number | undefined;
        if (c !== undefined) requireCommunity(user, c, 'the figures');
      }
    }
    if (input.to - input.from > INLINE_MAX_MS || input.groupBy === 'grid' || input.groupBy === 'unit') return ctx.heavy('partyFigures.compute', input);
    return computePartyFigures(ctx.db(), input);
  },
};
