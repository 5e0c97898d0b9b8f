// Loads one API call's output for a component, re-running when the input changes.
import { useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import { api } from './api';

export type QueryState<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: unknown };

export function useApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M> | null, reloadKey = 0): QueryState<ApiOutput<M>> {
  const [state, setState] = useState<QueryState<ApiOutput<M>>>({ status: 'loading' });
  // Inputs are small plain objects, often rebuilt on every render: their JSON is the
  // dependency, the latest object is what gets sent.
  const inputKey = input === null ? null : JSON.stringify(input);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    const current = inputRef.current;
    if (current === null) return;
    let live = true;
    setState({ status: 'loading' });
    api.call(method, current).then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [method, inputKey, reloadKey]);

  return state;
}
