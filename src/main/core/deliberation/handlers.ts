// API methods of resident matters (议事). Reads and writes use the meetings' roles and the
// community scope; each step runs in one transaction, then pushes matter.changed (and
// meeting.changed when the step recorded a decision).
import type { DeliberationMethod } from '../../../shared/deliberation';
import type { CallContext } from '../api/context';
import type { HandlerMap } from '../api/handlers';
import { readActor, writeActor } from '../meetings/access';
import { listMatters, matterDetail, matterFigures } from './reads';
import type { MatterRow } from './rows';
import { actMatter, decideMatter, discussMatter, dropMatter, evaluateMatter, raiseMatter } from './steps';

function changed(ctx: CallContext, row: MatterRow): { id: number; stage: MatterRow['stage'] } {
  ctx.emit('matter.changed', { matterId: row.id, stage: row.stage, gridId: row.grid_id, at: ctx.now });
  return { id: row.id, stage: row.stage };
}

export const deliberationHandlers: Pick<HandlerMap, DeliberationMethod> = {
  'matter.list': (input, ctx) => listMatters(ctx.db(), readActor(ctx), input, ctx.now),
  'matter.detail': (input, ctx) => matterDetail(ctx.db(), readActor(ctx), input.id, ctx.now),
  'matter.figures': (_input, ctx) => matterFigures(ctx.db(), readActor(ctx).communityId),
  'matter.raise': (input, ctx) => {
    const actor = writeActor(ctx);
    return changed(ctx, ctx.db().transaction(() => raiseMatter(ctx.db(), actor, ctx.now, input))());
  },
  'matter.discuss': (input, ctx) => {
    const actor = writeActor(ctx);
    return changed(ctx, ctx.db().transaction(() => discussMatter(ctx.db(), actor, ctx.now, input))());
  },
  'matter.decide': (input, ctx) => {
    const actor = writeActor(ctx);
    const done = ctx.db().transaction(() => decideMatter(ctx.db(), actor, ctx.now, input))();
    ctx.emit('meeting.changed', { meetingId: done.meetingId, at: ctx.now });
    return { ...changed(ctx, done.row), decisionId: done.decisionId };
  },
  'matter.act': (input, ctx) => {
    const actor = writeActor(ctx);
    return changed(ctx, ctx.db().transaction(() => actMatter(ctx.db(), actor, ctx.now, input.id))());
  },
  'matter.evaluate': (input, ctx) => {
    const actor = writeActor(ctx);
    return changed(ctx, ctx.db().transaction(() => evaluateMatter(ctx.db(), actor, ctx.now, input))());
  },
  'matter.drop': (input, ctx) => {
    const actor = writeActor(ctx);
    return changed(ctx, ctx.db().transaction(() => dropMatter(ctx.db(), actor, ctx.now, input.id, input.reason))());
  },
};
