// The first screen: on an empty data directory the choice of the demo or a new street; the demo-generation progress while preparing, why the data cannot be
// opened, the new password a temporary one must be replaced with, else the unlock form.
import { lazy, Suspense } from 'react';
import { useSession } from '../session/SessionProvider';
import { FirstStartChoice } from '../newStreet/FirstStartChoice';
import { PrepareProgress } from './PrepareProgress';
import { StartProblemPanel } from './StartProblemPanel';
import { UnlockForm } from './UnlockForm';
import { UnlockLayout } from './UnlockLayout';

// Rarely shown, and it brings the password rules (and their schema library) with it: a
// chunk of its own keeps the first page small.
const ForcedPasswordChange = lazy(() => import('../accounts/ForcedPasswordChange').then((m) => ({ default: m.ForcedPasswordChange })));

export function UnlockScreen() {
  const { state, unlock, retry, refresh } = useSession();
  switch (state.phase) {
    case 'empty':
      return (
        <UnlockLayout streetName={null} wide>
          <FirstStartChoice dataDir={state.dataDir} demo={state.demo} onStarted={() => void refresh()} />
        </UnlockLayout>
      );
    case 'preparing':
      return (
        <UnlockLayout streetName={state.streetName}>
          <PrepareProgress job={state.job} />
        </UnlockLayout>
      );
    case 'unavailable':
      return (
        <UnlockLayout streetName={null} wide>
          <StartProblemPanel problem={state.problem} onRetry={retry} />
        </UnlockLayout>
      );
    case 'mustChangePassword':
      return (
        <UnlockLayout streetName={state.streetName}>
          <Suspense fallback={null}>
            <ForcedPasswordChange user={state.user} />
          </Suspense>
        </UnlockLayout>
      );
    default:
      return (
        <UnlockLayout streetName={state.phase === 'locked' ? state.streetName : null}>
          <UnlockForm notice={state.phase === 'locked' ? state.notice : null} onUnlock={unlock} />
        </UnlockLayout>
      );
  }
}
