// Owns the session state: asks session.status on start, follows the first-start job,
// unlocks and locks, and falls back to the unlock screen on any 'unauthorized'.
import { takeEarlySessionStatus } from './statusPrefetch';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/api';
import { isApiClientError } from '../api/ApiClientError';
import { signedIn, stateFromStatus, type LockNotice, type SessionState } from './sessionState';
import { followCoreClock } from './officeClock';

interface SessionContextValue {
  state: SessionState;
  unlock: (username: string, password: string) => Promise<void>;
  /** Locks and drops the key; the notice says why on the unlock screen. */
  lock: (notice?: LockNotice) => Promise<void>;
  /** Replaces the signed-in user's password. oldPassword null: the temporary one just used to unlock. */
  changePassword: (oldPassword: string | null, newPassword: string) => Promise<void>;
  /** Whether the temporary password from this unlock is still held (not after a reload). */
  holdsTemporaryPassword: boolean;
  /** Asks session.status again (e.g. after the office settings changed the idle time). */
  refresh: () => Promise<void>;
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
  // The temporary password typed at unlock, kept in memory only until it is replaced, so
  // the forced change asks for the new one only. Never in state: nothing renders it.
  const temporaryPassword = useRef<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const status = await (takeEarlySessionStatus() ?? api.call('session.status', {}));
      followCoreClock(status.now);
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
          streetName: previous.phase === 'unlocked' || previous.phase === 'mustChangePassword' ? previous.streetName : null,
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

  const unlock = useCallback(
    async (username: string, password: string) => {
      try {
        const result = await api.call('auth.unlock', { username, password });
        followCoreClock(result.now);
        temporaryPassword.current = result.user.mustChangePassword ? password : null;
        setState(signedIn(result.user, result.streetName, result.idleMinutes));
      } catch (error) {
        // Unlock found the data directory unusable (e.g. a damaged file): show the problem, not the form.
        if (isApiClientError(error) && error.code === 'unavailable') void refresh();
        throw error;
      }
    },
    [refresh],
  );

  const lock = useCallback(async (notice: LockNotice = 'locked') => {
    temporaryPassword.current = null;
    const current = stateRef.current;
    const streetName = current.phase === 'unlocked' || current.phase === 'mustChangePassword' ? current.streetName : null;
    try {
      await api.call('auth.lock', {});
    } catch {
      // Locking must always work locally: forget the token even if the service is gone.
      api.dropSession();
    }
    setState({ phase: 'locked', streetName, notice });
  }, []);

  const changePassword = useCallback(async (oldPassword: string | null, newPassword: string) => {
    await api.call('auth.changePassword', { oldPassword: oldPassword ?? temporaryPassword.current ?? '', newPassword });
    temporaryPassword.current = null;
    // A forced change done: on into the console.
    setState((previous) =>
      previous.phase === 'mustChangePassword' ? { ...previous, phase: 'unlocked', user: { ...previous.user, mustChangePassword: false } } : previous,
    );
  }, []);

  const retry = useCallback(() => {
    setState({ phase: 'connecting' });
    void refresh();
  }, [refresh]);

  const holdsTemporaryPassword = state.phase === 'mustChangePassword' && temporaryPassword.current !== null;
  const value = useMemo(
    () => ({ state, unlock, lock, changePassword, holdsTemporaryPassword, refresh, retry }),
    [state, unlock, lock, changePassword, holdsTemporaryPassword, refresh, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
