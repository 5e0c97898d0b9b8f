// Which detail a search result opens: its own kind's drawer. Only households and residents,
// which have no drawer of their own, open the building they live in. A Party organisation,
// a tenant or a case that lies in a building is still itself (its drawer links the building).
import type { SearchHit } from '../../shared/views';
import type { DetailRef } from '../detail/detailRef';

export function searchTarget(hit: SearchHit): DetailRef | null {
  switch (hit.kind) {
    case 'building':
      return { kind: 'building', id: hit.id };
    case 'grid':
      return { kind: 'grid', id: hit.id };
    case 'partyOrg':
      return { kind: 'partyOrg', id: hit.id };
    case 'tenant':
      return { kind: 'tenant', id: hit.id };
    case 'case':
      return { kind: 'case', id: hit.id };
    case 'household':
    case 'resident':
      // Without a building there is nothing to open; the map still flies there.
      return hit.buildingId !== null ? { kind: 'building', id: hit.buildingId } : null;
  }
}
