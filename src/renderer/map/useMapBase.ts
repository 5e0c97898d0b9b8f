// The street's map payload (map.base) and its building footprints (map.buildings), both
// asked for at once and reloaded whenever grids are redrawn anywhere (territory.changed)
// or a register write lands (register.changed).
// The data is there as soon as map.base is, so grids and labels draw while the buildings
// travel; the state stays 'loading' until both have come, so the map is not called idle
// before its buildings are drawn. While they reload the last ones stay in use, so a map
// never blanks.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BuildingCollection } from '../../shared/buildingCodec';
import type { MapBase } from '../../shared/views';
import { api } from '../api/api';
import type { QueryState } from '../api/useApiQuery';
import type { MapData } from './mapData';
import { useMapBuildings } from './useMapBuildings';
import { useMapQuery } from './useMapQuery';
import { useRegisterChanged } from '../registers/useRegisterChanged';

export function useMapBase(onTerritoryChanged?: () => void): { state: QueryState<MapBase>; data: MapData | null } {
  const [reload, setReload] = useState(0);
  const state = useMapQuery('map.base', reload);
  const buildings = useMapBuildings(reload);
  const lastBase = useRef<MapBase | null>(null);
  const lastBuildings = useRef<BuildingCollection | null>(null);
  if (state.status === 'ok') lastBase.current = state.data;
  if (buildings.status === 'ok') lastBuildings.current = buildings.data;
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
  // Register writes change the map's figures too (households and residents per building).
  const registers = useRegisterChanged();
  useEffect(() => {
    if (registers === 0) return;
    setReload((n) => n + 1);
    callback.current?.();
  }, [registers]);
  const base = lastBase.current;
  const footprints = lastBuildings.current;
  const data = useMemo(() => (base ? { ...base, buildings: footprints } : null), [base, footprints]);
  // A failed buildings call leaves a map without buildings, not a failed map.
  const combined: QueryState<MapBase> = state.status === 'ok' && buildings.status === 'loading' ? { status: 'loading' } : state;
  return { state: combined, data };
}
