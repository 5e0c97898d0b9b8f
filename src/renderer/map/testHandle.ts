// window.__streetopsMap lets end-to-end tests wait for the map and inspect it. It is
// always exposed: it holds nothing the page's own devtools would not show anyway.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface StreetOpsMapHandle {
  map: MapLibreMap;
  isIdle(): boolean;
}

declare global {
  interface Window {
    __streetopsMap?: StreetOpsMapHandle;
  }
}

export function exposeMapForTests(handle: StreetOpsMapHandle): () => void {
  window.__streetopsMap = handle;
  return () => {
    if (window.__streetopsMap === handle) delete window.__streetopsMap;
  };
}
