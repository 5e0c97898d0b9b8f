// The first screen: the demo-generation progress while preparing, why the data cannot be
// opened, the new password a temporary one must be replaced with, else the unlock form.
import { ForcedPasswordChange } from '../accounts/ForcedPasswordChange';
import { useSession } from '../session/SessionProvider';
import { PrepareProgress } from './PrepareProgress';
import { StartProblemPanel } from './StartProblemPanel';
import { UnlockForm } from './UnlockForm';
import { UnlockLayout } from './UnlockLayout';

export function UnlockScreen() {
  const { state, unlock, retry } = useSession();
  switch (state.phase) {
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
          <ForcedPasswordChange user={state.user} />
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
