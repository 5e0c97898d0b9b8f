// The street's building footprints (map.buildings), decoded once into the GeoJSON the
// map's source takes.
import { useMemo } from 'react';
import { decodeBuildings, type BuildingCollection } from '../../shared/buildingCodec';
import type { MapBase } from '../../shared/views';
import type { QueryState } from '../api/useApiQuery';
import type { MapData } from './mapData';
import { useMapQuery } from './useMapQuery';

export function useMapBuildings(reloadKey = 0): QueryState<BuildingCollection> {
  const state = useMapQuery('map.buildings', reloadKey);
  const encoded = state.status === 'ok' ? state.data : null;
  const decoded = useMemo(() => (encoded ? decodeBuildings(encoded) : null), [encoded]);
  if (state.status !== 'ok') return state;
  return decoded ? { status: 'ok', data: decoded } : { status: 'loading' };
}

/**
 * map.base with its buildings, for screens that fetch map.base themselves (the briefing):
 * null until the buildings have come, so a map made from it is complete when first idle.
 * A failed buildings call gives the map without buildings.
 */
export function useWithBuildings(base: MapBase | null): MapData | null {
  const buildings = useMapBuildings();
  const footprints = buildings.status === 'ok' ? buildings.data : null;
  const loading = buildings.status === 'loading';
  return useMemo(() => (base && !loading ? { ...base, buildings: footprints } : null), [base, footprints, loading]);
}
