// Owns the session state: asks session.status on start, follows the first-start job,
// unlocks and locks, and falls back to the unlock screen on any 'unauthorized'.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/api';
import { stateFromStatus, type SessionState } from './sessionState';

interface SessionContextValue {
  state: SessionState;
  unlock: (username: string, password: string) => Promise<void>;
  lock: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** While the demo street is generated, poll too: the push stream may need a token we do not have yet. */
const PREPARING_POLL_MS = 1500;
const OFFLINE_RETRY_MS = 3000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ phase: 'connecting' });
  const stateRef = useRef(state);
  stateRef.current = state;

  const refresh = useCallback(async () => {
    try {
      const status = await api.call('session.status', {});
      setState((previous) => stateFromStatus(status, previous));
    } catch {
      setState((previous) => (previous.phase === 'connecting' || previous.phase === 'offline' ? { phase: 'offline' } : previous));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.onUnauthorized(() =>
        setState((previous) => ({
          phase: 'locked',
          streetName: previous.phase === 'unlocked' ? previous.streetName : null,
          notice: 'expired',
        })),
      ),
    [],
  );

  useEffect(() => {
    const offProgress = api.on('job.progress', (job) => {
      if (job.kind !== 'demo') return;
      setState((previous) => (previous.phase === 'preparing' ? { ...previous, job } : previous));
      if (job.state !== 'running') void refresh();
    });
    const offChanged = api.on('session.changed', () => void refresh());
    return () => {
      offProgress();
      offChanged();
    };
  }, [refresh]);

  useEffect(() => {
    if (state.phase !== 'preparing' && state.phase !== 'offline') return;
    const timer = setInterval(() => void refresh(), state.phase === 'preparing' ? PREPARING_POLL_MS : OFFLINE_RETRY_MS);
    return () => clearInterval(timer);
  }, [state.phase, refresh]);

  const unlock = useCallback(async (username: string, password: string) => {
    const result = await api.call('auth.unlock', { username, password });
    setState({ phase: 'unlocked', user: result.user, streetName: result.streetName });
  }, []);

  const lock = useCallback(async () => {
    const streetName = stateRef.current.phase === 'unlocked' ? stateRef.current.streetName : null;
    try {
      await api.call('auth.lock', {});
    } catch {
      // Locking must always work locally: forget the token even if the service is gone.
      api.dropSession();
    }
    setState({ phase: 'locked', streetName, notice: 'locked' });
  }, []);

  const retry = useCallback(() => {
    setState({ phase: 'connecting' });
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ state, unlock, lock, retry }), [state, unlock, lock, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
