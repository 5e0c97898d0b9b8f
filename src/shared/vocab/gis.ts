// GIS layers, their fields, coordinate systems and the snapping limit, zod-free so the renderer can import them without building the API's schemas.
/** CGCS2000 3° Gauss-Krüger zones: 25 (75°E) to 45 (135°E). */
export const GK3_FIRST_ZONE = 25;
export const GK3_LAST_ZONE = 45;

/**
 * Coordinate systems by name: WGS-84, GCJ-02 (国测局, the published obfuscation), BD-09
 * (百度), CGCS2000 geographic (EPSG:4490) and the CGCS2000 3° Gauss-Krüger zones, with
 * the zone number in the easting (EPSG:4513–4533) or without (EPSG:4534–4554).
 */
export const GIS_CRS_BASE = ['EPSG:4326', 'GCJ-02', 'BD-09', 'EPSG:4490'] as const;
export const GIS_CRS: readonly string[] = [
  ...GIS_CRS_BASE,
  ...Array.from({ length: GK3_LAST_ZONE - GK3_FIRST_ZONE + 1 }, (_, i) => `EPSG:${4513 + i}`),
  ...Array.from({ length: GK3_LAST_ZONE - GK3_FIRST_ZONE + 1 }, (_, i) => `EPSG:${4534 + i}`),
];
export type GisCrs = string;

/** What a file is imported as. */
export const GIS_LAYERS = ['street', 'communities', 'grids', 'buildings', 'facilities'] as const;
export type GisLayer = (typeof GIS_LAYERS)[number];

/** The record fields an attribute can be mapped to, per layer (code and name for all; more where the table has them). */
export const GIS_FIELDS = ['code', 'name', 'community', 'kind', 'floors', 'address'] as const;
export type GisField = (typeof GIS_FIELDS)[number];
export const GIS_LAYER_FIELDS: Record<GisLayer, readonly GisField[]> = {
  street: ['code', 'name'],
  communities: ['code', 'name'],
  grids: ['code', 'name', 'community'],
  buildings: ['code', 'name', 'floors', 'address'],
  facilities: ['name', 'kind', 'address'],
};

/** Snapping tolerance, metres: gaps and slivers narrower than this close. */
export const GIS_SNAP_MAX_M = 5;
