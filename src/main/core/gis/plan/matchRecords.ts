// Records matched to what the street has: the record each one updates (communities and grids
// and buildings by code, facilities by name within their community), the community a grid
// belongs to, the grid a footprint's centre or a facility's point falls in.
import type { Polygon } from 'geojson';
import type { GisFileProblem, GisLayer } from '../../../../shared/gis';
import type { Db } from '../../db/database';
import { PointGridIndex } from '../../grids/geometry';
import { FACILITY_KIND_WORDS } from '../../registerImport/facilities/columns';
import { labelPoint, parsePolygon } from '../../services/geo';
import { footprintCenter } from './footprintCenter';
import type { GisRecord } from './gisRecord';

const GRID_CODE = /^[0-9A-Za-z-]{2,24}$/;

export function matchRecords(db: Db, layer: GisLayer, records: GisRecord[], file: string): GisFileProblem[] {
  const problems: GisFileProblem[] = [];
  const problem = (r: GisRecord, code: GisFileProblem['code'], why: string) =>
    problems.push({ code, file, feature: r.feature, label: r.code || r.name || null, message: `${file}, feature ${r.feature}${r.code || r.name ? ` (${r.code || r.name})` : ''} ${why}` });

  if (layer === 'street') {
    const street = db.prepare('SELECT id FROM street LIMIT 1').pluck().get() as number | undefined;
    for (const r of records) {
      r.status = street ? 'updated' : 'new';
      r.recordId = street ?? null;
    }
    return problems;
  }
  if (layer === 'communities') {
    const byCode = new Map((db.prepare('SELECT code, id FROM community').raw().all() as [string, number][]).map(([c, id]) => [c, id]));
    for (const r of records) {
      r.recordId = byCode.get(r.code) ?? null;
      r.status = r.recordId ? 'updated' : 'new';
    }
    return problems;
  }
  if (layer === 'grids') {
    const communities = db.prepare('SELECT id, code, name, boundary FROM community').all() as { id: number; code: string; name: string; boundary: string }[];
    const byCode = new Map((db.prepare('SELECT code, id FROM grid').raw().all() as [string, number][]).map(([c, id]) => [c, id]));
    const index = new PointGridIndex(communities.map((c) => ({ id: c.id, geometry: parsePolygon(c.boundary) as Polygon })));
    for (const r of records) {
      if (!GRID_CODE.test(r.code)) problem(r, 'value_invalid', `has grid code "${r.code}": a grid code is 2–24 letters, digits or dashes`);
      r.recordId = byCode.get(r.code) ?? null;
      r.status = r.recordId ? 'updated' : 'new';
    }
    assignCommunities(records, communities, index, problem);
    return problems;
  }
  // Buildings and facilities: the grid holding the centre or point.
  const grids = db.prepare('SELECT id, community_id, boundary FROM grid').all() as { id: number; community_id: number; boundary: string }[];
  const gridIndex = new PointGridIndex(grids.map((g) => ({ id: g.id, geometry: parsePolygon(g.boundary) })));
  const communityOf = new Map(grids.map((g) => [g.id, g.community_id]));
  const placed = (r: GisRecord): boolean => {
    const at = r.geometry.type === 'Point' ? r.geometry.coordinates : footprintCenter(r.geometry);
    const grid = gridIndex.gridAt(at[0]!, at[1]!);
    if (grid === null) {
      problem(r, 'outside_grids', `lies in no grid of the street (at ${at[0]!.toFixed(6)}, ${at[1]!.toFixed(6)}): import or draw the grids first`);
      return false;
    }
    r.gridId = grid;
    r.communityId = communityOf.get(grid) ?? null;
    return true;
  };
  if (layer === 'buildings') {
    const byCode = new Map((db.prepare('SELECT code, id FROM building').raw().all() as [string, number][]).map(([c, id]) => [c, id]));
    for (const r of records) {
      placed(r);
      r.recordId = byCode.get(r.code) ?? null;
      r.status = r.recordId ? 'updated' : 'new';
    }
    return problems;
  }
  const byName = new Map((db.prepare('SELECT community_id, name, id FROM facility').raw().all() as [number | null, string, number][]).map(([c, n, id]) => [`${c}|${n}`, id]));
  for (const r of records) {
    const kind = Object.entries(FACILITY_KIND_WORDS).find(([k, words]) => k === r.kind || words.includes(r.kind ?? ''))?.[0] ?? null;
    if (!kind) problem(r, 'value_invalid', `has 设施类型 "${r.kind ?? ''}": it must be one of ${Object.values(FACILITY_KIND_WORDS).map((w) => w[0]).join(', ')}`);
    r.kind = kind;
    if (!placed(r)) continue;
    r.recordId = byName.get(`${r.communityId}|${r.name}`) ?? null;
    r.status = r.recordId ? 'updated' : 'new';
  }
  return problems;
}

/** A grid's community: the mapped attribute (community code, its last digits, or name), else the community holding the grid's interior point. */
function assignCommunities(
  records: GisRecord[],
  communities: readonly { id: number; code: string; name: string }[],
  index: PointGridIndex,
  problem: (r: GisRecord, code: GisFileProblem['code'], why: string) => void,
): void {
  for (const r of records) {
    const attr = r.community;
    let found: number | null = null;
    if (attr) {
      const c = communities.find((x) => x.code === attr || x.name === attr || x.code.endsWith(attr));
      if (!c) {
        problem(r, 'community_unknown', `names community "${attr}", which the street does not have (import the communities first)`);
        continue;
      }
      found = c.id;
    } else {
      const at = labelPoint(r.geometry as Polygon);
      found = index.gridAt(at[0], at[1]);
      if (found === null) {
        problem(r, 'community_unknown', `lies in no community of the street: import the communities first, or map the attribute naming each grid's community`);
        continue;
      }
    }
    r.communityId = found;
  }
}
