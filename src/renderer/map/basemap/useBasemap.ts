// Which basemap the administrator chose (basemap.get), shared by the map and the layer
// panel, fetched once per signed-in page and again when any window changes it
// (basemap.changed). Each change bumps a revision so the map takes a fresh tile source.
import { useEffect, useSyncExternalStore } from 'react';
import type { BasemapView } from '../../../shared/basemap';
import { api } from '../../api/api';

export interface BasemapState {
  view: BasemapView | null;
  revision: number;
}

let state: BasemapState = { view: null, revision: 0 };
const listeners = new Set<() => void>();
let users = 0;
let stopEvents: (() => void) | null = null;
let loading: Promise<void> | null = null;

function set(next: BasemapState): void {
  state = next;
  for (const l of listeners) l();
}

/** A new revision only when the file changed: the same answer twice keeps the map's tiles. */
function update(view: BasemapView | null): void {
  if (JSON.stringify(view) === JSON.stringify(state.view)) return;
  set({ view, revision: state.revision + 1 });
}

/** Loads the choice again (after a change here or elsewhere). */
export function reloadBasemap(): Promise<void> {
  loading = api
    .call('basemap.get', {})
    .then((view) => update(view))
    // The map works without a basemap: a failed read just leaves none.
    .catch(() => update(null))
    .finally(() => {
      loading = null;
    });
  return loading;
}

export function useBasemap(): BasemapState {
  useEffect(() => {
    users += 1;
    if (users === 1) {
      stopEvents = api.on('basemap.changed', () => void reloadBasemap());
      if (!loading) void reloadBasemap();
    }
    return () => {
      users -= 1;
      if (users === 0) {
        stopEvents?.();
        stopEvents = null;
      }
    };
  }, []);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
