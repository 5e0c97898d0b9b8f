// Loads the visits map for the period the 楼栋工作日 tab shows (none while it is closed) and
// reloads it when a visit is recorded anywhere; `describe` adds it to the console's map.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import type { MapDescription } from '../map/mapDescription';
import { useVisitPeriod } from './visitMapStore';
import { visitFeatures, withVisitLayers } from './visitMapLayers';

export function useBuildingDayMap(enabled: boolean): { describe: (d: MapDescription) => MapDescription } {
  const period = useVisitPeriod();
  const on = enabled && period !== null;
  const [reload, setReload] = useState(0);
  useEffect(() => (on ? api.on('buildingDay.changed', () => setReload((n) => n + 1)) : undefined), [on]);
  const map = useApiQuery('buildingDay.map', on ? period : null, reload);
  const data = useMemo(() => (on && map.status === 'ok' ? visitFeatures(map.data) : null), [on, map]);
  const describe = useCallback((d: MapDescription) => (data ? withVisitLayers(d, data) : d), [data]);
  return { describe };
}
