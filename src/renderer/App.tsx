// Session gate, then the route: nothing but the unlock screen shows before unlocking.
import { BriefingScreen } from './briefing/BriefingScreen';
import { ConsoleScreen } from './console/ConsoleScreen';
import { routeFor } from './routes';
import { useSession } from './session/SessionProvider';
import { ConnectingScreen } from './unlock/ConnectingScreen';
import { UnlockScreen } from './unlock/UnlockScreen';
import { WallScreen } from './wall/WallScreen';

export function App() {
  const { state } = useSession();
  if (state.phase === 'connecting' || state.phase === 'offline') return <ConnectingScreen offline={state.phase === 'offline'} />;
  if (state.phase !== 'unlocked') return <UnlockScreen />;
  switch (routeFor(window.location)) {
    case 'console':
      return <ConsoleScreen user={state.user} streetName={state.streetName} />;
    case 'briefing':
      return <BriefingScreen user={state.user} streetName={state.streetName} />;
    case 'wall':
      return <WallScreen streetName={state.streetName} />;
  }
}
