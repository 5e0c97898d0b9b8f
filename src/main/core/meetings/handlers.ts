// API methods of meetings and decisions. Reads check the role and the community scope; each
// write runs in one transaction with its audit entries, then pushes meeting.changed (and
// case.changed for a case put under 督办) so open windows and the deck reload.
import type { CaseStatus } from '../../../shared/domain';
import type { MeetingMethod } from '../../../shared/meetings';
import type { CallContext } from '../api/context';
import type { HandlerMap } from '../api/handlers';
import { readActor, writeActor } from './access';
import { briefingDecide } from './briefingSession';
import { decisionFigures, listBodies, listMeetings, meetingDetail, todaysReviewId } from './reads';
import { addItem, addTopic, closeMeeting, decide, openMeeting, stepTask, withdrawDecision, type DecideOutcome } from './writes';

function changed(ctx: CallContext, meetingId: number, supervisedCases: readonly number[] = []): void {
  ctx.emit('meeting.changed', { meetingId, at: ctx.now });
  for (const caseId of supervisedCases) {
    const c = ctx.db().prepare('SELECT status, grid_id FROM case_file WHERE id = ?').get(caseId) as { status: CaseStatus; grid_id: number };
    ctx.emit('case.changed', { caseId, status: c.status, gridId: c.grid_id, at: ctx.now });
  }
}

function run<T>(ctx: CallContext, work: () => T): T {
  return ctx.db().transaction(work)();
}

export const meetingHandlers: Pick<HandlerMap, MeetingMethod> = {
  'meeting.bodies': (_input, ctx) => listBodies(ctx.db(), readActor(ctx)),
  'meeting.list': (input, ctx) => listMeetings(ctx.db(), readActor(ctx), input.bodyId, input.limit ?? 50),
  'meeting.detail': (input, ctx) => meetingDetail(ctx.db(), readActor(ctx), input.id, ctx.now),
  'meeting.briefingSession': (_input, ctx) => {
    const actor = readActor(ctx);
    const id = todaysReviewId(ctx.db(), ctx.now);
    return id === null ? null : meetingDetail(ctx.db(), actor, id, ctx.now);
  },
  'meeting.figures': (input, ctx) => decisionFigures(ctx.db(), ctx.now, readActor(ctx).communityId ?? input.communityId ?? null),
  'meeting.open': (input, ctx) => {
    const actor = writeActor(ctx);
    const id = run(ctx, () => openMeeting(ctx.db(), actor, ctx.now, input));
    changed(ctx, id);
    return { id };
  },
  'meeting.close': (input, ctx) => {
    const actor = writeActor(ctx);
    const id = run(ctx, () => closeMeeting(ctx.db(), actor, ctx.now, input.id));
    changed(ctx, id);
    return { id };
  },
  'meeting.addTopic': (input, ctx) => {
    const actor = writeActor(ctx);
    const id = run(ctx, () => addTopic(ctx.db(), actor, ctx.now, input));
    changed(ctx, input.meetingId);
    return { id };
  },
  'meeting.decide': (input, ctx) => {
    const actor = writeActor(ctx);
    const done: DecideOutcome = run(ctx, () => decide(ctx.db(), actor, ctx.now, input));
    changed(ctx, done.meetingId, done.supervisedCases);
    return { id: done.id };
  },
  'meeting.addItem': (input, ctx) => {
    const actor = writeActor(ctx);
    const done = run(ctx, () => addItem(ctx.db(), actor, ctx.now, input.decisionId, input.item));
    changed(ctx, done.meetingId, done.supervisedCases);
    return { id: done.id };
  },
  'meeting.itemStep': (input, ctx) => {
    const actor = writeActor(ctx);
    const done = run(ctx, () => stepTask(ctx.db(), actor, ctx.now, input.itemId, input.action));
    changed(ctx, done.meetingId);
    return { id: done.id };
  },
  'meeting.withdrawDecision': (input, ctx) => {
    const actor = writeActor(ctx);
    const done = run(ctx, () => withdrawDecision(ctx.db(), actor, ctx.now, input.decisionId, input.reason));
    changed(ctx, done.meetingId);
    return { id: done.id };
  },
  'meeting.briefingDecide': (input, ctx) => {
    const actor = writeActor(ctx);
    const done = run(ctx, () => briefingDecide(ctx.db(), actor, ctx.now, input));
    changed(ctx, done.meetingId, done.supervisedCases);
    return { meetingId: done.meetingId, decisionId: done.id };
  },
};
