// The open case's detail: loaded when a case opens, replaced by the answer of each action
// (the core returns the updated case), and reloaded when another window changes it.
import type { RecordedCaseDetail } from '../../../shared/cases';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import { useCaseChanged } from '../useCaseChanged';

export interface CaseDetailState {
  detail: RecordedCaseDetail | null;
  loading: boolean;
  error: unknown;
  /** Put an action's answer in place without another round trip. */
  replace: (detail: RecordedCaseDetail) => void;
  reload: () => void;
}

export function useCaseDetail(caseId: number | null): CaseDetailState {
  const [detail, setDetail] = useState<RecordedCaseDetail | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    if (caseId === null) {
      seq.current++;
      setDetail(null);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    setLoading(true);
    api.call('case.detail', { id: caseId }).then(
      (d) => {
        if (mine !== seq.current) return;
        setDetail(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [caseId, reloadKey]);

  const replace = useCallback(
    (d: RecordedCaseDetail) => {
      if (d.id !== caseId) return;
      // An answer that lands after this one must not overwrite it.
      seq.current++;
      setDetail(d);
      setError(null);
      setLoading(false);
    },
    [caseId],
  );
  const reload = useCallback(() => setReloadKey((k) => k + 1), []);

  useCaseChanged(
    (changed) => {
      if (caseId !== null && changed.some((c) => c.caseId === caseId)) reload();
    },
    caseId !== null,
  );

  // A different case shows nothing of the previous one, even for a moment.
  const current = detail && detail.id === caseId ? detail : null;
  return { detail: current, loading, error, replace, reload };
}
