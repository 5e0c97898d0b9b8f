// The screens after unlocking, each in chunks of its own (with MapLibre, the desk, the
// registers, the catalogs): the first page — connecting, the generation's progress, the
// unlock form — loads without them. Each loader starts its download once and is shared,
// so the app can ask for a screen early (a stored token, the unlock form shown) and the
// route's lazy component finds it under way or done.
import type { Route } from './routes';

let consoleScreen: Promise<typeof import('./console/ConsoleScreen')> | null = null;
let briefingScreen: Promise<typeof import('./briefing/BriefingScreen')> | null = null;
let wallScreen: Promise<typeof import('./wall/WallScreen')> | null = null;

export const loadConsoleScreen = () => (consoleScreen ??= import('./console/ConsoleScreen'));
export const loadBriefingScreen = () => (briefingScreen ??= import('./briefing/BriefingScreen'));
export const loadWallScreen = () => (wallScreen ??= import('./wall/WallScreen'));

/** Starts loading the route's screen; a failed download is left for the lazy component to report. */
export function preloadScreen(route: Route): void {
  const load = route === 'console' ? loadConsoleScreen : route === 'briefing' ? loadBriefingScreen : loadWallScreen;
  load().catch(() => undefined);
}
