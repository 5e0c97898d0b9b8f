// Loads the Party work map points while the workspace is shown and reloads them when an item
// changes anywhere (partyList.changed); `describe` adds them to the console's description.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import type { MapDescription } from '../../map/mapDescription';
import { partyFeatures, withPartyLayers } from './partyMapLayers';

export function usePartyMap(enabled: boolean): { describe: (d: MapDescription) => MapDescription } {
  const [reload, setReload] = useState(0);
  useEffect(() => (enabled ? api.on('partyList.changed', () => setReload((n) => n + 1)) : undefined), [enabled]);
  const points = useApiQuery('partyList.mapPoints', enabled ? {} : null, reload);
  const data = useMemo(() => (points.status === 'ok' ? partyFeatures(points.data) : null), [points]);
  const describe = useCallback((d: MapDescription) => (data ? withPartyLayers(d, data) : d), [data]);
  return { describe };
}
