// The import plan: read the file, settle its coordinate system and attribute mapping,
// convert, match and check every feature, then run the grid rules on the street as it would
// be. Pure reading: it runs in a worker on a read-only connection (a 10,000-footprint file
// takes seconds) and the commit writes exactly the records it returns.
import { createHash } from 'node:crypto';
import type { Polygon } from 'geojson';
import { BLOCKING_PROBLEMS, OVERRIDABLE_PROBLEMS } from '../../../../shared/gridEdit';
import { GIS_LAYER_FIELDS, type GisField, type GisFileProblem, type GisPreview, type GisPreviewInput } from '../../../../shared/gis';
import type { BBox } from '../../../../shared/views';
import type { Db } from '../../db/database';
import { boxOf, parsePolygon } from '../../services/geo';
import { crsTransform } from '../crs/transform';
import { GisReadError } from '../readers/gisReadError';
import { readGisFile } from '../readers/readGisFile';
import { chooseCrs } from './chooseCrs';
import { type GisRecord, recordsToFeatures } from './gisRecord';
import { guessMapping } from './guessMapping';
import { layerRules, type LayerRules } from './layerRules';
import { matchRecords } from './matchRecords';
import { readRecords } from './readRecords';

export interface GisPlan {
  preview: GisPreview;
  records: GisRecord[];
  rules: LayerRules | null;
}

/** Names the street's state: every write appends to the audit log, so its last id changes with any change. */
function streetStamp(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number) ?? 0;
}

function digestOf(db: Db, input: GisPreviewInput): string {
  const file = createHash('sha256').update(input.file.base64).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify({ layer: input.layer, name: input.file.name, file, crs: input.crs ?? null, mapping: input.mapping ?? {}, snapM: input.snapM ?? 0, stamp: streetStamp(db) }))
    .digest('hex');
}

/** The street's box, to refuse features far from it; for the street layer itself, the grids' (an empty new street has none). */
function nearBox(db: Db, layer: GisPreviewInput['layer']): BBox | null {
  if (layer === 'street') {
    const b = db.prepare('SELECT min(min_lng), min(min_lat), max(max_lng), max(max_lat) FROM grid').raw().get() as (number | null)[];
    return b[0] === null ? null : (b as BBox);
  }
  const street = db.prepare('SELECT boundary FROM street LIMIT 1').pluck().get() as string | undefined;
  if (!street) return null;
  const box = boxOf(parsePolygon(street));
  // A new street not yet given its boundary has a point-sized placeholder: nothing to compare with.
  return box[2] - box[0] < 1e-6 ? null : box;
}

/** `rules: false` skips the grid rules: the commit's job thread, whose preview with the same digest was checked already. */
export async function planGisImport(db: Db, input: GisPreviewInput, options: { rules?: boolean } = {}): Promise<GisPlan> {
  const digest = digestOf(db, input);
  const bytes = Buffer.from(input.file.base64, 'base64');
  const empty = (fileProblems: GisFileProblem[], extra: Partial<GisPreview> = {}): GisPlan => ({
    preview: {
      layer: input.layer,
      fileName: input.file.name,
      format: 'geojson',
      crs: { crs: input.crs ?? null, source: input.crs ? 'user' : null, prjName: null },
      attributes: [],
      mapping: {},
      counts: { features: 0, created: 0, updated: 0, removed: 0 },
      fileProblems,
      gridProblems: [],
      blocked: true,
      needsOverride: false,
      snapped: 0,
      features: { type: 'FeatureCollection', features: [] },
      digest,
      ...extra,
    },
    records: [],
    rules: null,
  });
  let raw;
  try {
    raw = await readGisFile(input.file.name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    if (err instanceof GisReadError) return empty([{ code: err.code, file: input.file.name, feature: null, label: null, message: err.message }]);
    throw err;
  }
  const attributes = [...new Set(raw.features.slice(0, 2000).flatMap((f) => Object.keys(f.properties ?? {})))];
  const mapping: Partial<Record<GisField, string>> = { ...guessMapping(input.layer, attributes) };
  for (const [field, attr] of Object.entries(input.mapping ?? {}) as [GisField, string][]) mapping[field] = attr;
  const base: Partial<GisPreview> = { format: raw.format, fileName: raw.fileName, attributes, mapping };
  const mappingProblems: GisFileProblem[] = [];
  for (const [field, attr] of Object.entries(mapping) as [GisField, string][]) {
    if (!GIS_LAYER_FIELDS[input.layer].includes(field)) delete mapping[field];
    else if (!attributes.includes(attr)) mappingProblems.push({ code: 'field_missing', file: raw.fileName, feature: null, label: null, message: `${raw.fileName} has no attribute "${attr}" (it has ${attributes.join(', ') || 'none'})` });
  }
  const { view: crs, problem: crsProblem } = chooseCrs(raw, input.crs);
  if (crsProblem || !crs.crs || mappingProblems.length) return empty([...(crsProblem ? [crsProblem] : []), ...mappingProblems], { ...base, crs, counts: { features: raw.features.length, created: 0, updated: 0, removed: 0 } });

  const street = db.prepare('SELECT boundary FROM street LIMIT 1').pluck().get() as string | undefined;
  const read = readRecords({
    layer: input.layer,
    raw,
    transform: crsTransform(crs.crs),
    mapping,
    near: nearBox(db, input.layer),
    snapM: input.snapM ?? 0,
    snapTo: input.layer === 'grids' && street ? [parsePolygon(street) as Polygon] : [],
  });
  const fileProblems = [...read.problems];
  if (input.layer === 'street' && read.records.length !== 1 && fileProblems.length === 0) {
    fileProblems.push({ code: 'street_needs_one', file: raw.fileName, feature: null, label: null, message: `${raw.fileName} holds ${read.records.length} outlines; the street boundary is one polygon` });
  }
  if (fileProblems.length === 0) fileProblems.push(...matchRecords(db, input.layer, read.records, raw.fileName));
  const rules = fileProblems.length === 0 && options.rules !== false ? layerRules(db, input.layer, read.records) : null;
  const gridProblems = rules?.problems ?? [];
  const created = read.records.filter((r) => r.status === 'new').length;
  return {
    preview: {
      layer: input.layer,
      fileName: raw.fileName,
      format: raw.format,
      crs,
      attributes,
      mapping,
      counts: { features: raw.features.length, created, updated: read.records.length - created, removed: rules?.removed ?? 0 },
      fileProblems: fileProblems.slice(0, 500),
      gridProblems,
      blocked: fileProblems.length > 0 || gridProblems.some((p) => BLOCKING_PROBLEMS.includes(p.kind)),
      needsOverride: gridProblems.some((p) => OVERRIDABLE_PROBLEMS.includes(p.kind)),
      snapped: read.snapped,
      features: recordsToFeatures(read.records),
      digest,
    },
    records: read.records,
    rules,
  };
}
