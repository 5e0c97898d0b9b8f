// The street's map payload (map.base), reloaded whenever grids are redrawn anywhere
// (territory.changed). While it reloads the last one stays in use, so a map never blanks.
import { useEffect, useRef, useState } from 'react';
import type { MapBase } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery, type QueryState } from '../api/useApiQuery';

export function useMapBase(onTerritoryChanged?: () => void): { state: QueryState<MapBase>; data: MapBase | null } {
  const [reload, setReload] = useState(0);
  const state = useApiQuery('map.base', {}, reload);
  const last = useRef<MapBase | null>(null);
  if (state.status === 'ok') last.current = state.data;
  const callback = useRef(onTerritoryChanged);
  callback.current = onTerritoryChanged;
  useEffect(
    () =>
      api.on('territory.changed', () => {
        setReload((n) => n + 1);
        callback.current?.();
      }),
    [],
  );
  return { state, data: state.status === 'ok' ? state.data : last.current };
}
