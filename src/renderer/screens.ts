// The screens after unlocking, each in chunks of its own (with MapLibre, the desk, the
// registers, the catalogs): the first page — connecting, the generation's progress, the
// unlock form — loads without them. Each loader starts its download once and is shared,
// so the app can ask for a screen early (a stored token, the unlock form shown) and the
// route's lazy component finds it under way or done.
import type { Route } from './routes';

let consoleScreen: Promise<typeof import('./console/ConsoleScreen')> | null = null;
let briefingScreen: Promise<typeof import('./briefing/BriefingScreen')> | null = null;
let wallScreen: Promise<typeof import('./wall/WallScreen')> | null = null;

/** A screen's chunk, with MapLibre's workers started as soon as its module is there (every screen draws a map). */
function withMapWorkers<T>(screen: Promise<T>): Promise<T> {
  return Promise.all([screen, import('./map/maplibreSetup').then((m) => m.setUpMapLibre())]).then(([m]) => m);
}

export const loadConsoleScreen = () => (consoleScreen ??= withMapWorkers(import('./console/ConsoleScreen')));
export const loadBriefingScreen = () => (briefingScreen ??= withMapWorkers(import('./briefing/BriefingScreen')));
export const loadWallScreen = () => (wallScreen ??= withMapWorkers(import('./wall/WallScreen')));

/** Starts loading the route's screen; a failed download is left for the lazy component to report. */
export function preloadScreen(route: Route): void {
  const load = route === 'console' ? loadConsoleScreen : route === 'briefing' ? loadBriefingScreen : loadWallScreen;
  load().catch(() => undefined);
}
