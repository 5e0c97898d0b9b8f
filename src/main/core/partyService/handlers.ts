// 双报到, service records and 双报告. Reads for every role (members' names as the role may see
// them); writes for the community's desk; the 双报告 workbook for the desk and leaders, written
// in a worker.
import type { Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { requireCommunity } from '../access/communityScope';
import { shanghaiDate } from '../calendar/workCalendar';
import { dualReportRow, endDualReport, listDualReports, registerDualReport } from './dualReport';
import { recordService } from './serviceRecords';
import { unitReport, unitReportList } from './unitReport';

type PartyServiceMethods = 'dualReport.list' | 'dualReport.register' | 'dualReport.end' | 'service.record' | 'unitReport.list' | 'unitReport.detail' | 'unitReport.export';

export const PARTY_SERVICE_WRITE_ROLES: readonly Role[] = ['admin', 'community'];
export const UNIT_REPORT_EXPORT_ROLES: readonly Role[] = ['admin', 'community', 'leader'];

export const partyServiceHandlers: Pick<HandlerMap, PartyServiceMethods> = {
  'dualReport.list': (input, ctx) => listDualReports(ctx.db(), input, currentUser(ctx)),
  'dualReport.register': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'register a member under 双报到');
    const db = ctx.db();
    const id = registerDualReport(db, input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'dualReport', id, communityId: input.communityId, at: ctx.now });
    const today = shanghaiDate(ctx.now);
    return dualReportRow(db, id, user, `${today.slice(0, 4)}-01-01`, shanghaiDate(ctx.now + 86_400_000));
  },
  'dualReport.end': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'end a 双报到 registration');
    const communityId = endDualReport(ctx.db(), input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'dualReport', id: input.registrationId, communityId, at: ctx.now });
    return { ended: true };
  },
  'service.record': (input, ctx) => {
    const user = requireRole(ctx, PARTY_SERVICE_WRITE_ROLES, 'record a member\'s service');
    const id = recordService(ctx.db(), input, user, ctx.now);
    ctx.emit('partyService.changed', { topic: 'service', id, communityId: input.communityId, at: ctx.now });
    return { id };
  },
  'unitReport.list': (input, ctx) => {
    const user = currentUser(ctx);
    if (input.communityId !== undefined) requireCommunity(user, input.communityId, 'the units');
    return unitReportList(ctx.db(), input.from, input.to, user.communityId ?? input.communityId ?? null);
  },
  'unitReport.detail': (input, ctx) => unitReport(ctx.db(), input.unitOrgId, input.from, input.to, currentUser(ctx)),
  'unitReport.export': async (input, ctx) => {
    requireRole(ctx, UNIT_REPORT_EXPORT_ROLES, 'export the 双报告');
    return ctx.heavy('unitReport.export', input, 'export');
  },
};
