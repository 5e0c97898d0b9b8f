// The session token lives in sessionStorage: per tab, gone when the tab closes, so a
// second window on the same machine unlocks on its own.
const KEY = 'streetops.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

export const tokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    try {
      if (token === null) sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, token);
    } catch {
      // Without storage the token still works for this page's lifetime via the listeners.
    }
    for (const listener of listeners) listener(token);
  },
  /** Called whenever the token changes (the push channel reconnects with the new one). */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
