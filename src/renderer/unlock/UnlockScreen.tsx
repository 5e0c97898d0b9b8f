// The first screen: the demo-generation progress while preparing, else the unlock form.
import { useSession } from '../session/SessionProvider';
import { PrepareProgress } from './PrepareProgress';
import { UnlockForm } from './UnlockForm';
import { UnlockLayout } from './UnlockLayout';

export function UnlockScreen() {
  const { state, unlock } = useSession();
  if (state.phase === 'preparing') {
    return (
      <UnlockLayout streetName={state.streetName}>
        <PrepareProgress job={state.job} />
      </UnlockLayout>
    );
  }
  const streetName = state.phase === 'locked' ? state.streetName : null;
  return (
    <UnlockLayout streetName={streetName}>
      <UnlockForm notice={state.phase === 'locked' ? state.notice : null} onUnlock={unlock} />
    </UnlockLayout>
  );
}
