// The street's map data asked for as the page starts, when a stored session is going back
// to the console: map.base and the buildings travel while the console's chunks load and
// the session is checked, instead of after both. Each answer is handed out once, and only
// to the session that asked for it.
import type { ApiOutput } from '../../shared/api';
import { api } from '../api/api';
import { tokenStore } from '../api/tokenStore';

export type MapMethod = 'map.base' | 'map.buildings';

interface Pending {
  token: string;
  calls: { [M in MapMethod]?: Promise<ApiOutput<M>> };
}

let pending: Pending | null = null;

export function prefetchMapData(): void {
  const token = tokenStore.get();
  if (token === null) return;
  const calls: Pending['calls'] = { 'map.base': api.call('map.base', {}), 'map.buildings': api.call('map.buildings', {}) };
  // A refusal (an expired session) is the session check's to show; whoever takes the call sees it too.
  for (const call of Object.values(calls)) call.catch(() => undefined);
  pending = { token, calls };
}

/** The prefetched call for this method, once, if it was made with the current session's token. */
export function takePrefetched<M extends MapMethod>(method: M): Promise<ApiOutput<M>> | null {
  if (!pending || pending.token !== tokenStore.get()) {
    pending = null;
    return null;
  }
  const call = pending.calls[method] as Promise<ApiOutput<M>> | undefined;
  delete pending.calls[method];
  return call ?? null;
}
