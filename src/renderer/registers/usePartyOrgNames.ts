// Words for a Party organisation's history: its parentId as the parent's name (from the map's
// organisation list), so 变更记录 reads 上级组织 A → B. A dissolved parent is no longer listed
// and keeps its number.
import type { OverlayPropsByKind, PartyOrgPointProps } from '../../shared/views';
import { useApiQuery } from '../api/useApiQuery';
import type { ValueWords } from './RecordHistory';
import { useRegisterChanged } from './useRegisterChanged';

/** The overlay answers the kind it was asked for; its props type is the union of all kinds. */
export function isPartyOrgPoint(p: OverlayPropsByKind[keyof OverlayPropsByKind]): p is PartyOrgPointProps {
  return 'rating' in p && 'level' in p;
}

export function usePartyOrgNames(): ValueWords {
  const orgs = useApiQuery('map.overlay', { kind: 'partyOrgs' }, useRegisterChanged());
  const names = new Map<number, string>();
  if (orgs.status === 'ok') for (const f of orgs.data.features.features) if (isPartyOrgPoint(f.properties)) names.set(f.properties.id, f.properties.name);
  return (field, value) => (field === 'parentId' && typeof value === 'number' ? names.get(value) : undefined);
}
