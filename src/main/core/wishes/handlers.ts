// The 三微 API. Reads for every role (names as the role may see them); the flow's steps for
// the community's desk (administrators, community accounts in their own community).
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { claimantOptions, collectorOptions } from './options';
import { listWishes, WISH_WRITE_ROLES, wishDetail } from './read';
import { actOnWish, recordWish } from './write';

type WishMethods = 'wish.list' | 'wish.detail' | 'wish.record' | 'wish.act' | 'wish.claimants' | 'wish.collectors';

export const wishHandlers: Pick<HandlerMap, WishMethods> = {
  'wish.list': (input, ctx) => listWishes(ctx.db(), input, currentUser(ctx), ctx.now),
  'wish.detail': (input, ctx) => wishDetail(ctx.db(), input.id, currentUser(ctx), ctx.now),
  'wish.record': (input, ctx) => {
    const user = requireRole(ctx, WISH_WRITE_ROLES, 'record a wish');
    const db = ctx.db();
    const { id, communityId } = recordWish(db, input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'wish', id, communityId, at: ctx.now });
    return wishDetail(db, id, user, ctx.now);
  },
  'wish.act': (input, ctx) => {
    const user = requireRole(ctx, WISH_WRITE_ROLES, `${input.action} a wish`);
    const db = ctx.db();
    const { communityId } = actOnWish(db, input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'wish', id: input.wishId, communityId, at: ctx.now });
    return wishDetail(db, input.wishId, user, ctx.now);
  },
  'wish.claimants': (input, ctx) => {
    const user = requireRole(ctx, WISH_WRITE_ROLES, 'claim a wish for someone');
    return claimantOptions(ctx.db(), input.wishId, user);
  },
  'wish.collectors': (input, ctx) => {
    const user = requireRole(ctx, WISH_WRITE_ROLES, 'record a wish');
    return collectorOptions(ctx.db(), input.communityId, user);
  },
};
