// The typed handler map: one function per API method. Its type is derived from the
// shared contract, so a handler that returns the wrong shape does not compile.
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { CallContext } from './context';
import { accountHandlers } from '../accounts/handlers';
import { registerImportHandlers } from '../registerImport/handlers';
import { backupHandlers } from '../backup/handlers';
import { gisHandlers } from '../gis/handlers';
import { deviceHandlers } from '../devices/handlers';
import { alertHandlers } from '../alerts/handlers';
import { partyListHandlers } from '../partyLists/handlers';
import { meetingHandlers } from '../meetings/handlers';
import { deliberationHandlers } from '../deliberation/handlers';
import { wishHandlers } from '../wishes/handlers';
import { partyServiceHandlers } from '../partyService/handlers';
import { buildingDayHandlers } from '../buildingDays/handlers';
import { partyAssessmentHandlers } from '../partyAssessment/handlers';
import { volunteerHandlers } from '../volunteers/handlers';
import { partyFigureHandlers } from '../partyFigures/handlers';
import { wallPartyWorkFor } from '../partyFigures/workSummary';
import { newStreetHandlers } from '../newStreet/handlers';
import { careHandlers } from '../care/handlers';
import { notificationHandlers } from '../notifications/handlers';
import { basemapHandlers } from '../basemap/handlers';
import { registerHandlers } from '../registers/handlers';
import { streetSummary } from '../services/streetSummary';
import { mapBuildings } from '../services/mapBuildings';
import { mapOverlay } from '../services/mapOverlay';
import { buildingDetail } from '../services/buildingDetail';
import { gridDetail } from '../services/gridDetail';
import { communityDetail } from '../services/communityDetail';
import { partyOrgDetail } from '../services/partyOrgDetail';
import { tenantDetail } from '../services/tenantDetail';
import { caseDetail } from '../services/caseDetail';
import { facilityDetail } from '../services/facilityDetail';
import { search } from '../services/search';
import { appendAudit } from '../audit';
import { actOnCase } from '../cases/act';
import { assigneeOptions, suggestHandler } from '../cases/assignees';
import { caseAttachments } from '../cases/attachments';
import { bulkAssign } from '../cases/bulkAssign';
import { withRecordings } from '../cases/recordings';
import { calendarList, calendarSave } from '../cases/calendarStore';
import { categoryTree } from '../cases/categories';
import { deleteDispatchRule, listDispatchRules, saveDispatchRule } from '../cases/dispatchRules';
import { findDuplicates } from '../cases/duplicates';
import { placeAt } from '../cases/locate';
import { caseQueue } from '../cases/queue';
import { reportCase } from '../cases/report';
import { wallDelta, wallSnapshot } from '../wall/snapshot';
import { editHistory } from '../grids/editHistory';
import { planEdit } from '../grids/previewEdit';
import { saveEdit } from '../grids/saveEdit';
import { pendingStaffReviews, resolveStaffReview } from '../grids/staffReviews';
import { undoEdit } from '../grids/undoEdit';
import { currentSession, currentUser, GRID_EDIT_ROLES, INTAKE_ROLES, personalRead, requireCasesInScope, requirePointInScope, requireRole, SETTINGS_ROLES } from './roles';
import { requireCommunity, requireInScope } from '../access/communityScope';
import { revealPerson } from '../access/reveal';
import { REVEAL_MATRIX } from '../access/matrix';

export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>, ctx: CallContext) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type HandlerMap = { [M in ApiMethod]: Handler<M> };

export const handlers: HandlerMap = {
  'session.status': (_input, ctx) => ctx.auth.status(ctx.token),
  'auth.unlock': (input, ctx) => ctx.auth.unlock(input.username, input.password, ctx.origin.source),
  'auth.lock': (_input, ctx) => ctx.auth.lock(ctx.token),
  ...accountHandlers,
  ...registerImportHandlers,
  ...backupHandlers,
  ...gisHandlers,
  ...deviceHandlers,
  ...alertHandlers,
  ...partyListHandlers,
  ...meetingHandlers,
  ...deliberationHandlers,
  ...wishHandlers,
  ...partyServiceHandlers,
  ...buildingDayHandlers,
  ...partyAssessmentHandlers,
  ...volunteerHandlers,
  ...partyFigureHandlers,
  ...newStreetHandlers,
  ...careHandlers,
  ...notificationHandlers,
  ...basemapHandlers,
  ...registerHandlers,
  'street.summary': (_input, ctx) => streetSummary(ctx.db(), ctx.now),
  'map.base': (_input, ctx) => ctx.heavy('map.base', {}),
  'map.buildings': (_input, ctx) => mapBuildings(ctx.db()),
  'map.overlay': (input, ctx) => mapOverlay(ctx.db(), input.kind, ctx.now, currentUser(ctx).communityId),
  // Personal data by role and community scope are decided in the services (core/access);
  // reads that carry persons count against the session's bulk-read limit and are audited.
  'building.detail': (input, ctx) => {
    const detail = buildingDetail(ctx.db(), input.id, ctx.now, currentUser(ctx));
    const persons = detail.households.flatMap((h) => h.members.map((m) => `resident:${m.id}`));
    personalRead(ctx, { method: 'building.detail', entity: 'building', entityId: input.id, persons });
    return detail;
  },
  'grid.detail': (input, ctx) => gridDetail(ctx.db(), input.id, ctx.now, currentUser(ctx)),
  'community.detail': (input, ctx) => communityDetail(ctx.db(), input.id, ctx.now, currentUser(ctx)),
  'partyOrg.detail': (input, ctx) => partyOrgDetail(ctx.db(), input.id, currentUser(ctx)),
  'tenant.detail': (input, ctx) => tenantDetail(ctx.db(), input.id, currentUser(ctx)),
  'case.detail': (input, ctx) => {
    const detail = caseDetail(ctx.db(), input.id, ctx.now, currentUser(ctx));
    const persons = detail.reporterName !== null || detail.reporterPhone !== null ? [`reporter:${detail.id}`] : [];
    personalRead(ctx, { method: 'case.detail', entity: 'case_file', entityId: input.id, persons });
    return withRecordings(ctx.db(), detail);
  },
  'facility.detail': (input, ctx) => facilityDetail(ctx.db(), input.id, currentUser(ctx)),
  'search.query': (input, ctx) => {
    const hits = search(ctx.db(), { q: input.q, limit: input.limit ?? 20, offset: input.offset, kinds: input.kinds }, currentUser(ctx), ctx.now);
    const persons = hits.filter((h) => h.kind === 'resident').map((h) => `resident:${h.id}`);
    personalRead(ctx, { method: 'search.query', entity: 'resident', entityId: null, persons });
    return hits;
  },
  'person.reveal': (input, ctx) => revealPerson(ctx.db(), currentSession(ctx), ctx.now, input),
  'access.policy': (_input, ctx) => {
    const user = currentUser(ctx);
    return { reveal: [...REVEAL_MATRIX[user.role]], communityId: user.communityId };
  },
  'place.at': (input, ctx) => placeAt(ctx.db(), input.lng, input.lat),
  'case.queue': (input, ctx) => {
    // A community account's queue is its community's cases, whatever the filter asks.
    const scope = currentUser(ctx).communityId;
    if (scope !== null && input.communityId !== undefined) requireCommunity(currentUser(ctx), input.communityId, 'the case queue');
    if (scope !== null && input.gridId !== undefined) requireInScope(ctx.db(), currentUser(ctx), 'grid', input.gridId);
    return caseQueue(ctx.db(), scope === null ? input : { ...input, communityId: scope }, ctx.now);
  },
  'case.categories': (_input, ctx) => categoryTree(ctx.db()),
  'case.report': (input, ctx) => {
    const user = requireRole(ctx, INTAKE_ROLES, 'report cases');
    requirePointInScope(ctx, input.lng, input.lat);
    const result = reportCase(ctx.db(), input, user, ctx.now);
    ctx.emit('case.changed', { caseId: result.caseId, status: 'reported', gridId: result.gridId, at: ctx.now });
    return result;
  },
  'case.duplicates': (input, ctx) => findDuplicates(ctx.db(), input, ctx.now),
  'case.act': (input, ctx) => {
    const user = currentUser(ctx);
    requireCasesInScope(ctx, 'intoCaseId' in input ? [input.caseId, input.intoCaseId] : [input.caseId]);
    const outcome = actOnCase(ctx.db(), input, user, ctx.now);
    ctx.emit('case.changed', { caseId: outcome.caseId, status: outcome.status, gridId: outcome.gridId, at: ctx.now });
    return withRecordings(ctx.db(), caseDetail(ctx.db(), outcome.caseId, ctx.now, user));
  },
  'case.suggest': (input, ctx) => {
    requireCasesInScope(ctx, [input.caseId]);
    return suggestHandler(ctx.db(), input.caseId);
  },
  'case.assignees': (input, ctx) => {
    if (input.gridId !== undefined) requireInScope(ctx.db(), currentUser(ctx), 'grid', input.gridId);
    return assigneeOptions(ctx.db(), input.gridId);
  },
  'case.bulkAssign': (input, ctx) => {
    requireCasesInScope(ctx, input.caseIds);
    const { outcomes, ...result } = bulkAssign(ctx.db(), input.caseIds, input.assignee, input.note, currentUser(ctx), ctx.now);
    for (const o of outcomes) ctx.emit('case.changed', { caseId: o.caseId, status: o.status, gridId: o.gridId, at: ctx.now });
    return result;
  },
  'case.attachments': (input, ctx) => {
    requireCasesInScope(ctx, [input.caseId]);
    return caseAttachments(ctx.db(), input.caseId);
  },
  'dispatchRule.list': (_input, ctx) => listDispatchRules(ctx.db()),
  'dispatchRule.save': (input, ctx) => saveDispatchRule(ctx.db(), input, requireRole(ctx, SETTINGS_ROLES, 'edit dispatch rules'), ctx.now),
  'dispatchRule.delete': (input, ctx) => deleteDispatchRule(ctx.db(), input.id, requireRole(ctx, SETTINGS_ROLES, 'edit dispatch rules'), ctx.now),
  'calendar.list': (input, ctx) => calendarList(ctx.db(), input.year),
  'calendar.save': (input, ctx) => calendarSave(ctx.db(), input, requireRole(ctx, SETTINGS_ROLES, 'edit the work calendar'), ctx.now),
  // Heavy reads run in worker threads on their own read-only connections (core/workers).
  'indicators.compute': (input, ctx) => ctx.heavy('indicators.compute', input),
  'ledger.export': async (input, ctx) => {
    const user = currentUser(ctx);
    const file = await ctx.heavy('ledger.export', input, 'export');
    appendAudit(ctx.db(), ctx.now, { userId: user.id, action: 'ledger.export', entity: 'case_file', detail: { from: input.from, to: input.to, categoryId: input.categoryId ?? null } });
    return file;
  },
  'briefing.build': (input, ctx) => ctx.heavy('briefing.build', input, 'briefing'),
  'job.cancel': (input, ctx) => ({ cancelled: ctx.cancelJob(input.jobId) }),
  // The wall's whole API: aggregated and masked in the core (see core/wall/snapshot.ts).
  // The Party work's figures come kept, or from a worker after a Party write (partyFigures/workSummary.ts).
  'wall.snapshot': async (input, ctx) => wallSnapshot(ctx.db(), input, ctx.now, await wallPartyWorkFor(ctx, input.communityId)),
  'wall.delta': async (input, ctx) => wallDelta(ctx.db(), input, ctx.now, await wallPartyWorkFor(ctx, input.communityId)),
  'grid.preview': (input, ctx) => {
    requireRole(ctx, GRID_EDIT_ROLES, 'edit grids');
    return planEdit(ctx.db(), input.ops).preview;
  },
  'grid.save': (input, ctx) => {
    const saved = saveEdit(ctx.db(), input.ops, input.override, requireRole(ctx, GRID_EDIT_ROLES, 'edit grids'), ctx.now);
    ctx.emit('territory.changed', { editId: saved.editId, gridIds: [...saved.preview.grids.map((g) => g.id), ...saved.preview.removedGridIds], at: ctx.now });
    return saved;
  },
  'grid.undo': (input, ctx) => {
    const { gridIds } = undoEdit(ctx.db(), input.editId, requireRole(ctx, GRID_EDIT_ROLES, 'edit grids'), ctx.now);
    ctx.emit('territory.changed', { editId: input.editId, gridIds, at: ctx.now });
    return { undone: true };
  },
  // The grid pane's reads are for administrators too: validation costs a fifth of a second
  // of the core's time, and the history holds override reasons and staff names.
  'grid.history': (_input, ctx) => {
    requireRole(ctx, GRID_EDIT_ROLES, 'read the grid edit history');
    return editHistory(ctx.db());
  },
  'grid.validate': (_input, ctx) => {
    requireRole(ctx, GRID_EDIT_ROLES, 'validate the grids');
    // The time it took is for the log; the administrator's screen says only what was found.
    return ctx.heavy('grid.validate', {}, 'validation').then((v) => {
      ctx.log(`whole-street validation: ${v.grids} grids, ${v.problems.length} problems in ${v.ms} ms`);
      return v;
    });
  },
  'grid.staffReviews': (_input, ctx) => {
    requireRole(ctx, GRID_EDIT_ROLES, 'read staff reviews');
    return pendingStaffReviews(ctx.db());
  },
  'grid.resolveStaffReview': (input, ctx) => resolveStaffReview(ctx.db(), input.id, requireRole(ctx, GRID_EDIT_ROLES, 'resolve staff reviews'), ctx.now),
  // Thematic maps and service coverage: counts and cell-summed points only, so every role may read them.
  'thematic.grids': (input, ctx) => ctx.heavy('thematic.grids', input),
  'thematic.caseHeat': (input, ctx) => ctx.heavy('thematic.caseHeat', input),
  'coverage.compute': (input, ctx) => ctx.heavy('coverage.compute', input),
};
