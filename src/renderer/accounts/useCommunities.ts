// The street's communities for the scope select, from map.base (the one call that lists
// them). Loaded only while a dialog that needs them is open.
import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';

export interface CommunityOption {
  id: number;
  name: string;
}

export function useCommunities(enabled: boolean): CommunityOption[] {
  const base = useApiQuery('map.base', enabled ? {} : null);
  return useMemo(() => {
    if (base.status !== 'ok') return [];
    return base.data.communities.features
      .map((f) => ({ id: f.properties.id, name: f.properties.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [base]);
}
