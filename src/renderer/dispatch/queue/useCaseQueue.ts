// The queue for the current filters and page: kept on screen while a newer answer loads
// (no flicker on live refreshes), refetched when any case changes, earlier answers dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseQueueResult } from '../../../shared/cases';
import { api } from '../../api/api';
import { useCaseChanged } from '../useCaseChanged';
import { queueInput, type QueueFilters } from './queueFilters';

export interface QueueState {
  data: CaseQueueResult | null;
  loading: boolean;
  error: unknown;
  /** Bumped each time a fresh answer lands (tests and the table's "updated" hint read it). */
  version: number;
  reload: () => void;
}

export function useCaseQueue(filters: QueueFilters, page: number, enabled: boolean): QueueState {
  const [data, setData] = useState<CaseQueueResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [reloadKey, setReloadKey] = useState(0);
  const seq = useRef(0);
  // The input is rebuilt on every render: its JSON is the dependency, the latest object is sent.
  const input = queueInput(filters, page);
  const inputKey = JSON.stringify(input);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    setLoading(true);
    api.call('case.queue', inputRef.current).then(
      (result) => {
        if (mine !== seq.current) return;
        setData(result);
        setError(null);
        setLoading(false);
        setVersion((v) => v + 1);
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [inputKey, reloadKey, enabled]);

  const reload = useCallback(() => setReloadKey((k) => k + 1), []);
  useCaseChanged(reload, enabled);

  // The event carries the new status: show it at once; the debounced refetch above then
  // brings the rest (due time, handler, counts, and whether the case still belongs here).
  useEffect(() => {
    if (!enabled) return;
    return api.on('case.changed', ({ caseId, status }) => {
      setData((d) => {
        if (!d || !d.items.some((r) => r.id === caseId && r.status !== status)) return d;
        return { ...d, items: d.items.map((r) => (r.id === caseId ? { ...r, status } : r)) };
      });
    });
  }, [enabled]);
  return { data, loading, error, version, reload };
}
