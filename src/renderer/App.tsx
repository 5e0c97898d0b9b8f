// Session gate, then the route: nothing but the unlock screen shows before unlocking.
// The screens behind it load as chunks of their own (screens.ts), so the first page
// comes up without MapLibre and the console.
import { Center, Text } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useT } from './i18n/LocaleProvider';
import { routeFor } from './routes';
import { loadBriefingScreen, loadConsoleScreen, loadWallScreen, preloadScreen } from './screens';
import { useSession } from './session/SessionProvider';
import { ConnectingScreen } from './unlock/ConnectingScreen';
import { UnlockScreen } from './unlock/UnlockScreen';

const ConsoleScreen = lazy(() => loadConsoleScreen().then((m) => ({ default: m.ConsoleScreen })));
const BriefingScreen = lazy(() => loadBriefingScreen().then((m) => ({ default: m.BriefingScreen })));
const WallScreen = lazy(() => loadWallScreen().then((m) => ({ default: m.WallScreen })));

export function App() {
  const { state } = useSession();
  const route = routeFor(window.location);
  // The unlock form is up: fetch the screen behind it while the user types (never while
  // the first start generates the street, whose progress must come up first).
  const formShown = state.phase === 'locked' || state.phase === 'mustChangePassword';
  useEffect(() => {
    if (formShown) preloadScreen(route);
  }, [formShown, route]);
  if (state.phase === 'connecting' || state.phase === 'offline') return <ConnectingScreen offline={state.phase === 'offline'} />;
  if (state.phase !== 'unlocked') return <UnlockScreen />;
  return (
    <Suspense fallback={<ScreenLoading />}>
      {route === 'console' && <ConsoleScreen user={state.user} streetName={state.streetName} />}
      {route === 'briefing' && <BriefingScreen user={state.user} streetName={state.streetName} />}
      {route === 'wall' && <WallScreen streetName={state.streetName} />}
    </Suspense>
  );
}

/** While a screen's chunk loads: words, not a spinner (an endless animation keeps the compositor drawing). */
function ScreenLoading() {
  const t = useT();
  return (
    <Center h="100%">
      <Text c="dimmed" fz="sm">
        {t('common.loading')}
      </Text>
    </Center>
  );
}
