// The basemap's tile URLs: a scheme of our own that MapLibre hands to basemapProtocol.ts,
// so no tile request is ever a network URL.
export const BASEMAP_SCHEME = 'streetops-basemap';

/** Tile URL template for a basemap revision: a new revision (another file) is a new source, so no old tile is reused. */
export function basemapTileUrl(revision: number): string {
  return `${BASEMAP_SCHEME}://v${revision}/{z}/{x}/{y}`;
}
