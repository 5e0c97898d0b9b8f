// shpjs ships no types; these are the two parsers the Shapefile reader uses (lib/index.js).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, in file order (null for a null shape); with `prj` they are reprojected, which we never ask for. */
  export function parseShp(shp: Uint8Array | ArrayBuffer, prj?: string | false): (Geometry | null)[];
  /** Records of a .dbf, decoded with the .cpg's encoding (UTF-8 without one). */
  export function parseDbf(dbf: Uint8Array | ArrayBuffer, cpg?: string): Record<string, string | number | boolean | null>[];
}
