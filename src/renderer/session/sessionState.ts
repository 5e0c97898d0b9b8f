// What the app shows is decided by this one state: connecting, preparing the demo
// street, a data directory that cannot be opened, locked, a new password to set first,
// or unlocked with a user.
import type { JobProgress, SessionStatus, StartProblem, UserView } from '../../shared/views';

/** Why the unlock screen is showing: locked by hand, by the idle timer, or the session ran out. */
export type LockNotice = 'locked' | 'idle' | 'expired';

/** Used when an older core does not say: the office default. */
export const DEFAULT_IDLE_MINUTES = 30;

export type SessionState =
  | { phase: 'connecting' }
  | { phase: 'offline' }
  | { phase: 'preparing'; job: JobProgress | null; streetName: string | null }
  | { phase: 'unavailable'; problem: StartProblem }
  // No street yet: the first screen offers the demo or a new street (src/renderer/newStreet).
  | { phase: 'empty'; dataDir: string; demo: boolean }
  | { phase: 'locked'; streetName: string | null; notice: LockNotice | null }
  // Signed in with a temporary password: the core refuses everything else until it is replaced.
  | { phase: 'mustChangePassword'; user: UserView; streetName: string; idleMinutes: number }
  | { phase: 'unlocked'; user: UserView; streetName: string; idleMinutes: number };

/** The phase a signed-in user lands in: the console, or the new password first. */
export function signedIn(user: UserView, streetName: string, idleMinutes: number): SessionState {
  return { phase: user.mustChangePassword ? 'mustChangePassword' : 'unlocked', user, streetName, idleMinutes };
}

/** Maps the server's session.status to the screen to show. */
export function stateFromStatus(status: SessionStatus, previous: SessionState): SessionState {
  const streetName = status.streetName ?? null;
  switch (status.state) {
    case 'preparing':
      return { phase: 'preparing', job: status.job ?? (previous.phase === 'preparing' ? previous.job : null), streetName };
    case 'unavailable':
      // A core that says unavailable without saying why still must not show a password form.
      return { phase: 'unavailable', problem: status.problem ?? { code: 'no_street', message: '', dataDir: '' } };
    case 'unlocked':
      // "unlocked" without a user means the machine is unlocked for someone else's token, not ours.
      if (status.user) return signedIn(status.user, streetName ?? '', status.idleMinutes ?? DEFAULT_IDLE_MINUTES);
      return { phase: 'locked', streetName, notice: null };
    case 'locked':
      return { phase: 'locked', streetName, notice: previous.phase === 'locked' ? previous.notice : null };
    case 'empty':
      return { phase: 'empty', dataDir: status.firstStart?.dataDir ?? '', demo: status.firstStart?.demo ?? false };
  }
}
