// MapLibre 6 runs its worker from a separate module file. Vite copies it into the build
// and gives us its URL, so the worker loads from our own origin (or app bundle), offline.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;

export function setUpMapLibre(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  done = true;
}
