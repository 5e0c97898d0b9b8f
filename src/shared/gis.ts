// GIS import and export (issue #12): what crosses the boundary. A street office's
// boundaries, footprints and facilities come as files from the district's GIS office or a
// mapping vendor, in one of the coordinate systems used in China; the core reads them
// (src/main/core/gis), converts them to WGS-84 (as the database stores everything), checks
// them with the grid rules and writes them all or nothing.
import { z } from 'zod';
import type { FeatureCollection } from 'geojson';
import type { GridProblem } from './gridEdit';
import { text } from './inputRules';
import { GIS_CRS, GIS_FIELDS, GIS_LAYERS, GIS_SNAP_MAX_M, type GisCrs, type GisField, type GisLayer } from './vocab/gis';

export { GIS_CRS, GIS_CRS_BASE, GIS_FIELDS, GIS_LAYER_FIELDS, GIS_LAYERS, GIS_SNAP_MAX_M, GK3_FIRST_ZONE, GK3_LAST_ZONE, type GisCrs, type GisField, type GisLayer } from './vocab/gis';

export const gisCrs = z.string({ error: 'must name a coordinate system' }).refine((s) => GIS_CRS.includes(s), {
  message: 'must be EPSG:4326 (WGS-84), GCJ-02, BD-09, EPSG:4490 (CGCS2000) or a CGCS2000 3° Gauss-Krüger zone EPSG:4513–4554',
});

/** Fields a layer cannot do without. */
export const GIS_REQUIRED_FIELDS: Record<GisLayer, readonly GisField[]> = {
  street: [],
  communities: ['code', 'name'],
  grids: ['code'],
  buildings: ['code'],
  facilities: ['name', 'kind'],
};

export const GIS_FORMATS = ['geojson', 'shapefile', 'kml', 'kmz'] as const;
export type GisFormat = (typeof GIS_FORMATS)[number];

/** 30 MiB of request body holds a file of about 22 MiB as base64. */
export const GIS_MAX_BASE64 = 30_000_000;

const gisFile = z.strictObject({
  name: text(200, { min: 1 }),
  base64: z
    .string({ error: 'must be the file as base64' })
    .min(1, 'is required')
    .max(GIS_MAX_BASE64, 'is too large (a file of about 22 MiB at most)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

export const gisPreviewInput = z.strictObject({
  layer: z.enum(GIS_LAYERS, { error: `must be one of ${GIS_LAYERS.join(', ')}` }),
  file: gisFile,
  /** The coordinate system; without it the file's .prj decides, or the user must pick. */
  crs: gisCrs.optional(),
  /** Attribute name → field, correcting the automatic guess. */
  mapping: z.record(z.enum(GIS_FIELDS), text(60, { min: 1 })).optional(),
  /** Close gaps and slivers narrower than this many metres by moving vertices (0: no snapping). */
  snapM: z.number({ error: 'must be a number' }).finite().min(0, 'must be 0 or more').max(GIS_SNAP_MAX_M, `must be at most ${GIS_SNAP_MAX_M} m`).optional(),
});
export type GisPreviewInput = z.output<typeof gisPreviewInput>;

export const gisCommitInput = gisPreviewInput.extend({
  digest: z.string({ error: 'must be the digest of the preview' }).regex(/^[0-9a-f]{64}$/, 'must be the digest of the preview'),
  /** Required when the result leaves overlaps, gaps or area outside the street (as in grid management). */
  override: z.strictObject({ reason: text(200, { min: 4, minMessage: 'must say why (at least 4 characters)' }) }).optional(),
});
export type GisCommitInput = z.output<typeof gisCommitInput>;

export const gisExportInput = z.strictObject({
  layer: z.enum(GIS_LAYERS, { error: `must be one of ${GIS_LAYERS.join(', ')}` }),
  format: z.enum(['geojson', 'shapefile'], { error: 'must be geojson or shapefile' }),
  crs: gisCrs,
});
export type GisExportInput = z.output<typeof gisExportInput>;

/** Why a file or a feature cannot be imported, as a stable word; the message says it in a sentence naming the file and feature. */
export const GIS_FILE_PROBLEMS = [
  'unreadable',
  'not_zip',
  'no_shp',
  'missing_dbf',
  'missing_shx',
  'empty_layer',
  'mixed_geometry',
  'wrong_geometry',
  'self_crossing',
  'bad_ring',
  'far_from_street',
  'not_in_china',
  'crs_needed',
  'crs_unsupported',
  'field_missing',
  'value_missing',
  'value_invalid',
  'duplicate_code',
  'community_unknown',
  'outside_grids',
  'street_needs_one',
] as const;
export type GisFileProblemCode = (typeof GIS_FILE_PROBLEMS)[number];

export interface GisFileProblem {
  code: GisFileProblemCode;
  /** The file the problem is in. */
  file: string;
  /** 1-based feature number in the file, when it is one feature's problem. */
  feature: number | null;
  /** The feature's code or name when it has one. */
  label: string | null;
  message: string;
}

export interface GisCrsView {
  /** The coordinate system used (null: none known, the user must pick). */
  crs: GisCrs | null;
  /** Where it came from: the file (a Shapefile's .prj, a GeoJSON crs member), the format (GeoJSON and KML are WGS-84 by definition), or the user. */
  source: 'file' | 'format' | 'user' | null;
  /** What the .prj said, when there was one (its name), for the screen. */
  prjName: string | null;
}

export interface GisCounts {
  features: number;
  /** Records the commit creates and updates. */
  created: number;
  updated: number;
  /** Grids the file leaves out: the commit removes them, their records go where grid management sends them. */
  removed: number;
}

export interface GisPreview {
  layer: GisLayer;
  fileName: string;
  format: GisFormat;
  crs: GisCrsView;
  /** Attribute names found in the file, and the mapping used (guessed, then corrected). */
  attributes: string[];
  mapping: Partial<Record<GisField, string>>;
  counts: GisCounts;
  /** Problems with the file or a feature: any of them and nothing can be written. */
  fileProblems: GisFileProblem[];
  /** The grid rules (到底到边) on the street as it would be after the commit. */
  gridProblems: GridProblem[];
  /** A self-crossing boundary or a file problem: the commit is refused. */
  blocked: boolean;
  /** Overlaps, gaps or area outside the street left: the commit needs an override reason. */
  needsOverride: boolean;
  /** Vertices moved by snapping. */
  snapped: number;
  /** The features converted to WGS-84, as the map draws them over the existing layers; properties `code`, `name`, `status` (new/updated). */
  features: FeatureCollection;
  /** Names the plan: the commit refuses if the file, the choices or the street changed since. */
  digest: string;
}

export interface GisCommitResult {
  layer: GisLayer;
  created: number;
  updated: number;
  removed: number;
  /** Records that changed grid (buildings, households with them, facilities, open cases …). */
  moved: number;
  /** The grid edit recorded for a grids import (undo in 修改记录), else null. */
  editId: number | null;
}

export const newStreetInput = z.strictObject({
  name: text(40, { min: 2 }),
  /** GB/T 2260 code of the district (区/县), 6 digits. */
  districtCode: z.string().regex(/^[1-8]\d{5}$/, 'must be the 6-digit GB/T 2260 code of the district'),
  /** The street's own code after the district's, 3 digits (街道 / 乡镇 in GB/T 10114). */
  streetCode: z.string().regex(/^\d{3}$/, 'must be the 3-digit code of the street within its district'),
  district: text(40, { min: 2 }),
  city: text(40, { min: 2 }),
  adminPassword: z.string().min(8, 'must be at least 8 characters').max(200),
});
export type NewStreetInput = z.output<typeof newStreetInput>;

export const gisSchemas = {
  'gis.preview': gisPreviewInput,
  'gis.commit': gisCommitInput,
  'gis.export': gisExportInput,
} as const;

export interface GisOutputs {
  'gis.preview': GisPreview;
  'gis.commit': GisCommitResult;
  /** The layer as a file (ExportedFile: fileName, mime, base64). */
  'gis.export': { fileName: string; mime: string; base64: string };
}
