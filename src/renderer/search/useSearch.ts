// Debounced search.query: results for the latest text only, earlier answers dropped.
// "More" for one kind asks for that kind's next hits (offset = how many of it are shown)
// and puts them after the ones already there, so each kind stays one run in the list.
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchHitKind } from '../../shared/views';
import { api } from '../api/api';

const DEBOUNCE_MS = 220;
const LIMIT = 20;
/** The schema caps q at 60 characters; longer text is trimmed rather than refused. */
const MAX_QUERY = 60;
/** The core counts (and pages) each kind up to this many hits. */
const PAGE_END = 1000;

export type SearchState = { status: 'empty' } | { status: 'searching' } | { status: 'done'; hits: SearchHit[] } | { status: 'error'; error: unknown };

/** Inserts a kind's next hits after its last shown hit (skipping any already there). */
export function appendKind(hits: readonly SearchHit[], kind: SearchHitKind, next: readonly SearchHit[]): SearchHit[] {
  const shown = new Set(hits.filter((h) => h.kind === kind).map((h) => h.id));
  const fresh = next.filter((h) => !shown.has(h.id));
  let last = -1;
  hits.forEach((h, i) => {
    if (h.kind === kind) last = i;
  });
  if (last < 0) return [...hits, ...fresh];
  return [...hits.slice(0, last + 1), ...fresh, ...hits.slice(last + 1)];
}

/** Whether a kind has hits beyond those shown (and within what the core pages). */
export function hasMore(hits: readonly SearchHit[], kind: SearchHitKind): boolean {
  const ofKind = hits.filter((h) => h.kind === kind);
  const total = ofKind[0]?.kindTotal ?? ofKind.length;
  return ofKind.length < Math.min(total, PAGE_END);
}

export function useSearch(text: string): { state: SearchState; more: (kind: SearchHitKind) => void } {
  const q = text.trim().slice(0, MAX_QUERY);
  const [debounced] = useDebouncedValue(q, DEBOUNCE_MS);
  const [state, setState] = useState<SearchState>({ status: 'empty' });
  // The text the latest answer must be for: a "more" answer for older text is dropped.
  const current = useRef(debounced);
  useEffect(() => {
    current.current = debounced;
  }, [debounced]);

  useEffect(() => {
    if (!debounced) {
      setState({ status: 'empty' });
      return;
    }
    let live = true;
    setState({ status: 'searching' });
    api.call('search.query', { q: debounced, limit: LIMIT }).then(
      (hits) => live && setState({ status: 'done', hits }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [debounced]);

  const more = useCallback(
    (kind: SearchHitKind) => {
      if (state.status !== 'done') return;
      const asked = debounced;
      const offset = state.hits.filter((h) => h.kind === kind).length;
      api.call('search.query', { q: asked, limit: LIMIT, offset, kinds: [kind] }).then(
        (next) => {
          if (current.current !== asked) return;
          setState((s) => (s.status === 'done' ? { status: 'done', hits: appendKind(s.hits, kind, next) } : s));
        },
        (error: unknown) => current.current === asked && setState({ status: 'error', error }),
      );
    },
    [state, debounced],
  );

  // While the debounce is pending, the previous results would be for other text.
  if (q && q !== debounced) return { state: { status: 'searching' }, more };
  return { state: q ? state : { status: 'empty' }, more };
}
