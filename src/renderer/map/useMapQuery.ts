// map.base or map.buildings for a component, like useApiQuery, but taking the answer
// prefetched at start (mapPrefetch.ts) when there is one.
import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../shared/api';
import { api } from '../api/api';
import type { QueryState } from '../api/useApiQuery';
import { takePrefetched, type MapMethod } from './mapPrefetch';

export function useMapQuery<M extends MapMethod>(method: M, reloadKey: number): QueryState<ApiOutput<M>> {
  const [state, setState] = useState<QueryState<ApiOutput<M>>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    // Both methods take an empty input.
    const call = takePrefetched(method) ?? api.call(method, {} as ApiInput<M>);
    call.then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [method, reloadKey]);
  return state;
}
