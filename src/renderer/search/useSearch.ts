// Debounced search.query: results for the latest text only, earlier answers dropped.
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/views';
import { api } from '../api/api';

const DEBOUNCE_MS = 220;
const LIMIT = 20;
/** The schema caps q at 60 characters; longer text is trimmed rather than refused. */
const MAX_QUERY = 60;

export type SearchState = { status: 'empty' } | { status: 'searching' } | { status: 'done'; hits: SearchHit[] } | { status: 'error'; error: unknown };

export function useSearch(text: string): SearchState {
  const q = text.trim().slice(0, MAX_QUERY);
  const [debounced] = useDebouncedValue(q, DEBOUNCE_MS);
  const [state, setState] = useState<SearchState>({ status: 'empty' });

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

  // While the debounce is pending, the previous results would be for other text.
  if (q && q !== debounced) return { status: 'searching' };
  return q ? state : { status: 'empty' };
}
