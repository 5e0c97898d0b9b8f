// What the app shows is decided by this one state: connecting, preparing the demo
// street, locked, or unlocked with a user.
import type { JobProgress, SessionStatus, UserView } from '../../shared/views';

export type LockNotice = 'locked' | 'expired';

export type SessionState =
  | { phase: 'connecting' }
  | { phase: 'offline' }
  | { phase: 'preparing'; job: JobProgress | null; streetName: string | null }
  | { phase: 'locked'; streetName: string | null; notice: LockNotice | null }
  | { phase: 'unlocked'; user: UserView; streetName: string };

/** Maps the server's session.status to the screen to show. */
export function stateFromStatus(status: SessionStatus, previous: SessionState): SessionState {
  const streetName = status.streetName ?? null;
  switch (status.state) {
    case 'preparing':
      return { phase: 'preparing', job: status.job ?? (previous.phase === 'preparing' ? previous.job : null), streetName };
    case 'unlocked':
      // "unlocked" without a user means the machine is unlocked for someone else's token, not ours.
      if (status.user) return { phase: 'unlocked', user: status.user, streetName: streetName ?? '' };
      return { phase: 'locked', streetName, notice: null };
    case 'locked':
      return { phase: 'locked', streetName, notice: previous.phase === 'locked' ? previous.notice : null };
  }
}
