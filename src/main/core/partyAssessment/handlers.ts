// The assessment API: reads for every role in scope; the writes each with its role gate
// (access.ts) and a pushed partyAssessment.changed so open tabs and the wall refresh.
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { shanghaiDate } from '../calendar/workCalendar';
import { MEETING_WRITE_ROLES, RATE_ROLES } from './access';
import { recordMeeting } from './meetings';
import { openPlan, stepPlan } from './plans';
import { rateOrg, scoreUnit } from './rating';
import { assessmentOverview, listPlans, orgAssessment, planView } from './read';
import { dueList } from './subjects';

type AssessmentMethods =
  | 'partyAssessment.overview'
  | 'partyAssessment.org'
  | 'partyAssessment.due'
  | 'partyAssessment.recordMeeting'
  | 'partyAssessment.rate'
  | 'partyAssessment.scorecard'
  | 'partyAssessment.openPlan'
  | 'partyAssessment.planStep'
  | 'partyAssessment.plans';

export const partyAssessmentHandlers: Pick<HandlerMap, AssessmentMethods> = {
  'partyAssessment.overview': (_input, ctx) => assessmentOverview(ctx.db(), currentUser(ctx), ctx.now),
  'partyAssessment.org': (input, ctx) => orgAssessment(ctx.db(), input.orgId, currentUser(ctx), ctx.now),
  'partyAssessment.due': (_input, ctx) => dueList(ctx.db(), shanghaiDate(ctx.now), currentUser(ctx).communityId),
  'partyAssessment.recordMeeting': (input, ctx) => {
    const user = requireRole(ctx, MEETING_WRITE_ROLES, 'record 三会一课 meetings');
    const { notified, communityId } = recordMeeting(ctx.db(), input, user, ctx.now);
    if (notified.length > 0) ctx.emit('notification.changed', { userIds: notified, at: ctx.now });
    ctx.emit('partyAssessment.changed', { orgId: input.orgId, communityId, at: ctx.now });
    return orgAssessment(ctx.db(), input.orgId, user, ctx.now);
  },
  'partyAssessment.rate': (input, ctx) => {
    const user = requireRole(ctx, RATE_ROLES, 'rate Party organisations');
    rateOrg(ctx.db(), input, user, ctx.now);
    ctx.emit('partyAssessment.changed', { orgId: input.orgId, communityId: null, at: ctx.now });
    return orgAssessment(ctx.db(), input.orgId, user, ctx.now);
  },
  'partyAssessment.scorecard': (input, ctx) => {
    const user = requireRole(ctx, RATE_ROLES, 'score resident units (联述联评联考)');
    scoreUnit(ctx.db(), input, user, ctx.now);
    ctx.emit('partyAssessment.changed', { orgId: input.orgId, communityId: null, at: ctx.now });
    return orgAssessment(ctx.db(), input.orgId, user, ctx.now);
  },
  'partyAssessment.openPlan': (input, ctx) => {
    const user = requireRole(ctx, RATE_ROLES, 'open rectification plans');
    const id = openPlan(ctx.db(), input, user, ctx.now);
    ctx.emit('partyAssessment.changed', { orgId: input.orgId, communityId: null, at: ctx.now });
    return planView(ctx.db(), id);
  },
  'partyAssessment.planStep': (input, ctx) => {
    const user = requireRole(ctx, RATE_ROLES, 'work rectification plans');
    const { orgId } = stepPlan(ctx.db(), input, user, ctx.now);
    ctx.emit('partyAssessment.changed', { orgId, communityId: null, at: ctx.now });
    return planView(ctx.db(), input.planId);
  },
  'partyAssessment.plans': (input, ctx) => listPlans(ctx.db(), input.status, currentUser(ctx)),
};
