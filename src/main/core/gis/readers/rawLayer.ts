// What every reader gives back: the file's features with their coordinates as written (in
// the file's own system) and attributes as text or numbers, plus what the file says about
// its coordinate system.
import type { Feature, Geometry } from 'geojson';
import type { GisFormat } from '../../../../shared/gis';

export interface RawLayer {
  format: GisFormat;
  /** The file the features come from (inside a zip, the .shp's name). */
  fileName: string;
  features: Feature<Geometry | null>[];
  /** A Shapefile's .prj text, or a GeoJSON `crs` member's name; null when the file says nothing. */
  crsText: string | null;
  /** The attribute text's encoding, for Shapefiles (from the .cpg, or detected). */
  encoding: string | null;
}
