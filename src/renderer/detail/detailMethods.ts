// Which *.detail API method loads each kind of detail.
import type { ApiMethod } from '../../shared/api';
import type { DetailKind } from './detailRef';

export const DETAIL_METHODS = {
  building: 'building.detail',
  grid: 'grid.detail',
  community: 'community.detail',
  partyOrg: 'partyOrg.detail',
  tenant: 'tenant.detail',
  case: 'case.detail',
  facility: 'facility.detail',
} as const satisfies Record<DetailKind, ApiMethod>;
