// The typed handler map: one function per API method. Its type is derived from the
// shared contract, so a handler that returns the wrong shape does not compile.
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { CallContext } from './context';
import { streetSummary } from '../services/streetSummary';
import { mapBase } from '../services/mapBase';
import { mapOverlay } from '../services/mapOverlay';
import { buildingDetail } from '../services/buildingDetail';
import { gridDetail } from '../services/gridDetail';
import { communityDetail } from '../services/communityDetail';
import { partyOrgDetail } from '../services/partyOrgDetail';
import { tenantDetail } from '../services/tenantDetail';
import { caseDetail } from '../services/caseDetail';
import { facilityDetail } from '../services/facilityDetail';
import { search } from '../services/search';

export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>, ctx: CallContext) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type HandlerMap = { [M in ApiMethod]: Handler<M> };

export const handlers: HandlerMap = {
  'session.status': (_input, ctx) => ctx.auth.status(ctx.token),
  'auth.unlock': (input, ctx) => ctx.auth.unlock(input.username, input.password),
  'auth.lock': (_input, ctx) => ctx.auth.lock(ctx.token),
  'street.summary': (_input, ctx) => streetSummary(ctx.db(), ctx.now),
  'map.base': (_input, ctx) => mapBase(ctx.db(), ctx.now),
  'map.overlay': (input, ctx) => mapOverlay(ctx.db(), input.kind, ctx.now),
  'building.detail': (input, ctx) => buildingDetail(ctx.db(), input.id, ctx.now),
  'grid.detail': (input, ctx) => gridDetail(ctx.db(), input.id, ctx.now),
  'community.detail': (input, ctx) => communityDetail(ctx.db(), input.id, ctx.now),
  'partyOrg.detail': (input, ctx) => partyOrgDetail(ctx.db(), input.id),
  'tenant.detail': (input, ctx) => tenantDetail(ctx.db(), input.id),
  'case.detail': (input, ctx) => caseDetail(ctx.db(), input.id, ctx.now),
  'facility.detail': (input, ctx) => facilityDetail(ctx.db(), input.id),
  'search.query': (input, ctx) => search(ctx.db(), input.q, input.limit ?? 20),
};
