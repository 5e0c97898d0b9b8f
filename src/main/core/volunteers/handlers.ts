// Volunteer teams, members, activities and alliances. Reads for every role (a volunteer's
// name as the role may see it); writes for the community's desk.
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { PARTY_SERVICE_WRITE_ROLES } from '../partyService/handlers';
import { listActivities, recordActivity } from './activities';
import { createAlliance, createTeam, joinTeam, teamMembers, volunteerOverview } from './teams';
import { requireCommunity } from '../access/communityScope';

type VolunteerMethods = 'volunteer.overview' | 'volunteer.members' | 'volunteer.activities' | 'volunteer.createAlliance' | 'volunteer.createTeam' | 'volunteer.join' | 'volunteer.recordActivity';

export const volunteerHandlers: Pick<HandlerMap, VolunteerMethods> = {
  'volunteer.overview': (input, ctx) => {
    const user = currentUser(ctx);
    if (input.communityId !== undefined) requireCommunity(user, input.communityId, 'the volunteer teams');
    return volunteerOverview(ctx.db(), user.communityId ?? input.communityId ?? null, ctx.now);
  },
  'volunteer.members': (input, ctx) => teamMembers(ctx.db(), input.teamId, currentUser(ctx)),
  'volunteer.activities': (input, ctx) => listActivities(ctx.db(), input, currentUser(ctx)),
  'volunteer.createAlliance': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'create a 志愿服务联盟');
    const id = createAlliance(ctx.db(), input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'volunteer', id, communityId: null, at: ctx.now });
    return { id };
  },
  'volunteer.createTeam': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'create a volunteer team');
    const id = createTeam(ctx.db(), input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'volunteer', id, communityId: input.communityId ?? null, at: ctx.now });
    return { id };
  },
  'volunteer.join': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'add a member to a volunteer team');
    const { id, communityId } = joinTeam(ctx.db(), input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'volunteer', id, communityId, at: ctx.now });
    return { id };
  },
  'volunteer.recordActivity': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'record a volunteer activity');
    const id = recordActivity(ctx.db(), input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'volunteer', id, communityId: input.communityId, at: ctx.now });
    return { id };
  },
};
