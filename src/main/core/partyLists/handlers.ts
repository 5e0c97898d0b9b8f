// API methods of the 三张清单. Reads check the role and the community scope (access.ts);
// each write runs its rule inside one transaction with its history rows and audit entries,
// then pushes partyList.changed so every open window reloads its lists, drawers and map.
import type { PartyListMethod } from '../../../shared/partyLists';
import type { CallContext } from '../api/context';
import type { HandlerMap } from '../api/handlers';
import { shanghaiDate } from '../calendar/workCalendar';
import { mayRead, readActor, writeActor } from './access';
import { recordContact } from './contacts';
import { refuse } from './errors';
import { matchesForNeed, needsAroundResource } from './matching';
import { pairItems } from './pair';
import { publishItem } from './publish';
import { itemDetail, listItems, listParties, mapPoints } from './reads';
import { itemRow, itemView } from './rows';
import { actOnItem, claimItem } from './steps';
import { outOfScope } from '../access/communityScope';

function changed(ctx: CallContext, ids: number[]): void {
  const row = itemRow(ctx.db(), ids[0]!)!;
  ctx.emit('partyList.changed', { ids, kind: row.kind, status: row.status, communityId: row.community_id, at: ctx.now });
}

export const partyListHandlers: Pick<HandlerMap, PartyListMethod> = {
  'partyList.list': (input, ctx) => listItems(ctx.db(), readActor(ctx), input),
  'partyList.detail': (input, ctx) => itemDetail(ctx.db(), readActor(ctx), input.id),
  'partyList.units': (_input, ctx) => {
    readActor(ctx);
    return listParties(ctx.db());
  },
  'partyList.mapPoints': (_input, ctx) => mapPoints(ctx.db(), readActor(ctx)),
  'partyList.matches': (input, ctx) => {
    const actor = readActor(ctx);
    const db = ctx.db();
    const item = itemView(db, input.id);
    if (!item) throw refuse('not_found', 'id', 'not_found', `names no item of the lists (id ${input.id})`);
    if (!mayRead(actor, { community_id: item.communityId, kind: item.kind })) throw outOfScope('community', item.communityId, actor.communityId!);
    if (item.kind === 'project') throw refuse('invalid_input', 'id', 'wrong_kind', 'names a project: matching is for needs and resources');
    const limit = input.limit ?? 10;
    return { item, suggestions: item.kind === 'need' ? matchesForNeed(db, item, limit) : needsAroundResource(db, item, limit, actor.communityId) };
  },
  'partyList.publish': (input, ctx) => {
    const actor = writeActor(ctx);
    const db = ctx.db();
    const done = db.transaction(() => publishItem(db, actor, ctx.now, input))();
    changed(ctx, [done.id]);
    return { id: done.id, status: 'published' };
  },
  'partyList.claim': (input, ctx) => {
    const actor = writeActor(ctx);
    const db = ctx.db();
    const row = db.transaction(() => claimItem(db, actor, ctx.now, input))();
    changed(ctx, [row.id]);
    return { id: row.id, status: row.status };
  },
  'partyList.act': (input, ctx) => {
    const actor = writeActor(ctx);
    const db = ctx.db();
    const done = db.transaction(() => actOnItem(db, actor, ctx.now, input))();
    changed(ctx, done.ids);
    return { id: done.row.id, status: done.row.status };
  },
  'partyList.pair': (input, ctx) => {
    const actor = writeActor(ctx);
    const db = ctx.db();
    const done = db.transaction(() => pairItems(db, actor, ctx.now, input))();
    changed(ctx, done.ids);
    return { id: done.id, status: 'claimed' };
  },
  'partyList.record': (input, ctx) => {
    const actor = writeActor(ctx);
    const db = ctx.db();
    const row = db.transaction(() => recordContact(db, actor, ctx.now, shanghaiDate(ctx.now), input))();
    changed(ctx, [row.id]);
    return { id: row.id, status: row.status };
  },
};
