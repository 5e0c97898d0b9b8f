// A raw layer turned into records: geometry shaped and converted, code and name read through
// the mapping, and every problem of the file named with the feature it is in: an empty
// layer, points mixed with polygons, a missing or repeated code, a ring that crosses itself,
// a feature far from the street (usually a wrong coordinate system).
import type { Polygon } from 'geojson';
import { GIS_REQUIRED_FIELDS, type GisField, type GisFileProblem, type GisFileProblemCode, type GisLayer } from '../../../../shared/gis';
import type { BBox } from '../../../../shared/views';
import { findSelfIntersections } from '../../grids/geometry';
import { boxOf } from '../../services/geo';
import type { CrsTransform } from '../crs/transform';
import type { RawLayer } from '../readers/rawLayer';
import type { GisRecord } from './gisRecord';
import { shapeFeature } from './shapeFeature';
import { snapPolygons } from './snap';

const FIELD_WORDS: Record<GisField, string> = { code: '编码 code', name: '名称 name', community: '所属社区 community', kind: '设施类型 kind', floors: '层数 floors', address: '地址 address' };
/** Features farther than this from the street are refused as misplaced (a wrong coordinate system moves them by hundreds of metres to thousands of kilometres). */
export const FAR_FROM_STREET_M = 3_000;
const M_PER_DEG = 111_320;

export interface ReadRecordsInput {
  layer: GisLayer;
  raw: RawLayer;
  transform: CrsTransform;
  mapping: Partial<Record<GisField, string>>;
  /** Where the street is (its box), to refuse features nowhere near it; null when there is nothing yet to compare with. */
  near: BBox | null;
  snapM: number;
  /** Outlines that attract snapped vertices without moving (the street boundary for grids). */
  snapTo: readonly Polygon[];
}

export interface ReadRecords {
  records: GisRecord[];
  problems: GisFileProblem[];
  snapped: number;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/** Metres between two boxes (0 when they meet). */
function boxGapM(a: BBox, b: BBox): number {
  const lat = (a[1] + a[3]) / 2;
  const kx = Math.cos((lat * Math.PI) / 180);
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]) * kx;
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.hypot(dx, dy) * M_PER_DEG;
}

export function readRecords(input: ReadRecordsInput): ReadRecords {
  const { layer, raw, transform, mapping } = input;
  const file = raw.fileName;
  const problems: GisFileProblem[] = [];
  const problem = (code: GisFileProblemCode, feature: number | null, label: string | null, message: string) => problems.push({ code, file, feature, label, message });

  if (raw.features.length === 0) {
    problem('empty_layer', null, null, `${file} holds no features`);
    return { records: [], problems, snapped: 0 };
  }
  const want = layer === 'facilities' ? 'point' : 'polygon';
  const kinds = new Map<string, number>();
  for (const f of raw.features) {
    const t = f.geometry?.type ?? 'none';
    const family = t.endsWith('Polygon') ? 'polygon' : t.endsWith('Point') ? 'point' : t.endsWith('LineString') ? 'line' : t;
    kinds.set(family, (kinds.get(family) ?? 0) + 1);
  }
  if (kinds.size > 1) {
    const list = [...kinds].map(([k, n]) => `${n} ${k}${n > 1 ? 's' : ''}`).join(', ');
    problem('mixed_geometry', null, null, `${file} mixes geometry types (${list}); a ${layer} layer holds ${want}s only`);
    return { records: [], problems, snapped: 0 };
  }
  for (const field of GIS_REQUIRED_FIELDS[layer]) {
    if (!mapping[field]) problem('field_missing', null, null, `${file}: no attribute is mapped to ${FIELD_WORDS[field]}; pick the attribute that holds it`);
  }
  if (problems.length) return { records: [], problems, snapped: 0 };

  const records: GisRecord[] = [];
  const seen = new Map<string, number>();
  raw.features.forEach((f, i) => {
    const n = i + 1;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const value = (field: GisField) => (mapping[field] ? text(props[mapping[field]!]) : '');
    const code = value('code');
    const name = value('name');
    const label = code || name || null;
    const shaped = shapeFeature(f.geometry, want, transform);
    if (!shaped.ok) {
      problem(shaped.code, n, label, `${file}, feature ${n}${label ? ` (${label})` : ''} ${shaped.why}`);
      return;
    }
    for (const field of GIS_REQUIRED_FIELDS[layer]) {
      if (!value(field)) problem('value_missing', n, label, `${file}, feature ${n}${label ? ` (${label})` : ''} has no ${FIELD_WORDS[field]} (attribute ${mapping[field]} is empty)`);
    }
    const key = layer === 'facilities' ? name : code;
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) problem('duplicate_code', n, label, `${file}, feature ${n}: ${key} is also feature ${first}`);
      else seen.set(key, n);
    }
    const floorsText = value('floors');
    const floors = floorsText ? Number(floorsText) : null;
    if (floors !== null && !(Number.isInteger(floors) && floors > 0 && floors < 200)) {
      problem('value_invalid', n, label, `${file}, feature ${n}${label ? ` (${label})` : ''}: 层数 floors "${floorsText}" is not a whole number of floors`);
    }
    records.push({
      feature: n,
      code,
      name: name || code,
      geometry: shaped.geometry,
      status: 'new',
      recordId: null,
      communityId: null,
      community: value('community') || null,
      gridId: null,
      floors: floors !== null && Number.isInteger(floors) ? floors : null,
      address: value('address') || null,
      kind: value('kind') || null,
    });
  });

  // Where the street is: a wrong coordinate system puts everything somewhere else.
  if (input.near) {
    for (const r of records) {
      const box: BBox = r.geometry.type === 'Point' ? [r.geometry.coordinates[0]!, r.geometry.coordinates[1]!, r.geometry.coordinates[0]!, r.geometry.coordinates[1]!] : boxOf(r.geometry);
      const gap = boxGapM(box, input.near);
      if (gap > FAR_FROM_STREET_M) {
        const label = r.code || r.name || null;
        problem('far_from_street', r.feature, label, `${file}, feature ${r.feature}${label ? ` (${label})` : ''} lies ${(gap / 1000).toFixed(1)} km from the street: is the coordinate system right?`);
      }
    }
  }

  // Snapping only boundaries that tile (communities, grids); footprints and the street are as drawn.
  let snapped = 0;
  if ((layer === 'grids' || layer === 'communities') && input.snapM > 0) {
    const polys = records.map((r) => r.geometry as Polygon);
    const result = snapPolygons(polys, input.snapTo, input.snapM);
    result.polygons.forEach((p, i) => (records[i]!.geometry = p));
    snapped = result.moved;
  }

  if (want === 'polygon') {
    const crossings = findSelfIntersections(records.map((r, i) => ({ id: i + 1, code: r.code, geometry: r.geometry as Polygon })));
    for (const c of crossings) {
      const r = records[c.gridIds[0]! - 1]!;
      const label = r.code || r.name || null;
      problem('self_crossing', r.feature, label, `${file}, feature ${r.feature}${label ? ` (${label})` : ''}: its boundary crosses itself at ${c.at.map((v) => v.toFixed(6)).join(', ')}`);
    }
  }
  return { records, problems, snapped };
}
