// The 楼栋工作日 API. Reads for every role (cadres are staff; no resident appears); cadres and
// their shares are kept by administrators; visits are recorded by a leader for themselves,
// or by the desk (administrators, community accounts in their community) for any cadre.
import type { Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { assignBuildings, cadreOfUser, cadreView, listCadres, saveCadre } from './cadres';
import { myBuildingDays, shareOf } from './mine';
import { visitMap } from './visitMap';
import { listVisits, recordVisit, visitView } from './visits';

export const CADRE_ADMIN_ROLES: readonly Role[] = ['admin'];
export const VISIT_WRITE_ROLES: readonly Role[] = ['admin', 'leader', 'community'];

type BuildingDayMethods = 'buildingDay.cadres' | 'buildingDay.saveCadre' | 'buildingDay.assign' | 'buildingDay.recordVisit' | 'buildingDay.visits' | 'buildingDay.mine' | 'buildingDay.share' | 'buildingDay.map';

export const buildingDayHandlers: Pick<HandlerMap, BuildingDayMethods> = {
  'buildingDay.cadres': (_input, ctx) => {
    currentUser(ctx);
    return listCadres(ctx.db(), ctx.now);
  },
  'buildingDay.saveCadre': (input, ctx) => {
    const user = requireRole(ctx, CADRE_ADMIN_ROLES, 'keep the cadres of 楼栋工作日');
    const id = saveCadre(ctx.db(), input, user, ctx.now);
    ctx.emit('buildingDay.changed', { cadreId: id, buildingId: null, at: ctx.now });
    return cadreView(ctx.db(), id, ctx.now);
  },
  'buildingDay.assign': (input, ctx) => {
    const user = requireRole(ctx, CADRE_ADMIN_ROLES, 'assign buildings to cadres');
    assignBuildings(ctx.db(), input, user, ctx.now);
    ctx.emit('buildingDay.changed', { cadreId: input.cadreId, buildingId: null, at: ctx.now });
    return cadreView(ctx.db(), input.cadreId, ctx.now);
  },
  'buildingDay.recordVisit': (input, ctx) => {
    const user = requireRole(ctx, VISIT_WRITE_ROLES, 'record building visits');
    const db = ctx.db();
    const visit = recordVisit(db, input, user, ctx.now);
    for (const c of visit.cases) ctx.emit('case.changed', { caseId: c.caseId, status: 'reported', gridId: c.gridId, at: ctx.now });
    const view = visitView(db, visit.id);
    ctx.emit('buildingDay.changed', { cadreId: view.cadreId, buildingId: view.buildingId, at: ctx.now });
    return view;
  },
  'buildingDay.visits': (input, ctx) => listVisits(ctx.db(), input, currentUser(ctx)),
  'buildingDay.mine': (_input, ctx) => myBuildingDays(ctx.db(), currentUser(ctx).id, ctx.now),
  'buildingDay.share': (input, ctx) => {
    const user = currentUser(ctx);
    const cadreId = input.cadreId ?? cadreOfUser(ctx.db(), user.id);
    return cadreId === null ? [] : shareOf(ctx.db(), cadreId, user.communityId);
  },
  'buildingDay.map': (input, ctx) => visitMap(ctx.db(), input.from, input.to, currentUser(ctx).communityId),
};
