// indicators.compute for the open indicators view. The last answer stays on screen while
// a new one loads (changing the grouping or a live refresh must not blank the table), and
// cases changing anywhere refresh it, at most every few seconds.
import { useEffect, useRef, useState } from 'react';
import type { IndicatorQuery, IndicatorRow } from '../../../shared/indicators';
import { api } from '../../api/api';
import { useCaseChanged } from '../useCaseChanged';

/** Bulk dispatches emit a burst of events: one recomputation for the burst. */
const LIVE_REFRESH_MS = 2000;

export interface IndicatorsState<Q extends IndicatorQuery> {
  rows: IndicatorRow[] | null;
  /** The query `rows` answer (it may lag the one asked while loading). */
  shown: Q | null;
  loading: boolean;
  error: unknown;
}

export function useIndicators<Q extends IndicatorQuery>(query: Q | null): IndicatorsState<Q> {
  const [state, setState] = useState<IndicatorsState<Q>>({ rows: null, shown: null, loading: false, error: null });
  const [reload, setReload] = useState(0);
  useCaseChanged(() => setReload((n) => n + 1), query !== null, LIVE_REFRESH_MS);

  // The query object is rebuilt on every render; its JSON is the dependency.
  const key = query === null ? null : JSON.stringify(query);
  const queryRef = useRef(query);
  queryRef.current = query;

  useEffect(() => {
    const current = queryRef.current;
    if (current === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api.call('indicators.compute', current).then(
      (rows) => live && setState({ rows, shown: current, loading: false, error: null }),
      (error: unknown) => live && setState((s) => ({ ...s, loading: false, error })),
    );
    return () => {
      live = false;
    };
  }, [key, reload]);

  return state;
}
