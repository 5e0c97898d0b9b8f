// MapLibre 6 runs its worker from a separate module file. Vite copies it into the build
// and gives us its URL, so the worker loads from our own origin (or app bundle), offline.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;

/** Points MapLibre at its worker and starts the workers at once (prewarm): called as soon as a
 *  screen with a map starts loading, the workers fetch and compile their module while the
 *  screen renders and the session is checked, instead of after the map is created. */
export function setUpMapLibre(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  prewarm();
  done = true;
}
