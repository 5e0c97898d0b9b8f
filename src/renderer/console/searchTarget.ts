// Which detail a search result opens: the building it lies in when there is one,
// else the hit's own detail when that kind has one.
import type { SearchHit } from '../../shared/views';
import type { DetailRef } from '../detail/detailRef';

export function searchTarget(hit: SearchHit): DetailRef | null {
  if (hit.buildingId !== null) return { kind: 'building', id: hit.buildingId };
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
      return null;
  }
}
