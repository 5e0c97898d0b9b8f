// Writing an import's records, one layer at a time, inside the commit's transaction. Grids go
// through grid management's writer (writeEditPlan): every building, household, tenant,
// facility, open case and Party organisation is re-placed exactly as a saved edit does, and
// the import can be undone from 修改记录 like one. A footprint that lands in another grid
// takes its unresolved cases and building-placed Party organisations with it, as a grid edit
// moves them.
import type { Point, Polygon } from 'geojson';
import type { GisCommitInput } from '../../../../shared/gis';
import type { UserView } from '../../../../shared/views';
import type { Db } from '../../db/database';
import { loadBuildingLoads } from '../../grids/buildingLoad';
import { areaM2 } from '../../grids/geometry';
import { planDraft } from '../../grids/previewEdit';
import { writeEditPlan } from '../../grids/saveEdit';
import { boxOf, labelPoint } from '../../services/geo';
import { UNRESOLVED_STATUS_SQL } from '../../services/openCases';
import { footprintCenter } from '../plan/footprintCenter';
import type { GisRecord } from '../plan/gisRecord';
import { gridDraft } from '../plan/layerRules';

export interface Written {
  created: number;
  updated: number;
  removed: number;
  moved: number;
  editId: number | null;
  gridIds: number[];
}

export function writeStreet(db: Db, r: GisRecord): Written {
  const g = r.geometry as Polygon;
  const [lng, lat] = labelPoint(g);
  db.prepare('UPDATE street SET boundary = ?, center_lng = ?, center_lat = ?, area_km2 = ?').run(JSON.stringify(g), lng, lat, Math.round(areaM2(g) / 10_000) / 100);
  return { created: 0, updated: 1, removed: 0, moved: 0, editId: null, gridIds: [] };
}

export function writeCommunities(db: Db, records: readonly GisRecord[]): Written {
  const streetId = db.prepare('SELECT id FROM street LIMIT 1').pluck().get() as number;
  const insert = db.prepare('INSERT INTO community (street_id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE community SET name = ?, boundary = ?, min_lng = ?, min_lat = ?, max_lng = ?, max_lat = ? WHERE id = ?');
  let created = 0;
  for (const r of records) {
    const [w, s, e, n] = boxOf(r.geometry as Polygon);
    if (r.recordId) update.run(r.name, JSON.stringify(r.geometry), w, s, e, n, r.recordId);
    else {
      insert.run(streetId, r.code, r.name, JSON.stringify(r.geometry), w, s, e, n);
      created++;
    }
  }
  return { created, updated: records.length - created, removed: 0, moved: 0, editId: null, gridIds: [] };
}

export function writeGrids(db: Db, records: readonly GisRecord[], input: GisCommitInput, user: UserView, now: number): Written {
  const plan = planDraft(db, gridDraft(db, records), loadBuildingLoads(db), { wholeStreet: true });
  const saved = writeEditPlan(db, plan, [{ op: 'gisImport', file: input.file.name, layer: 'grids' }], input.override, user, now, {
    action: 'gis.import.grids',
    detail: { file: input.file.name, crs: input.crs ?? null },
  });
  const created = records.filter((r) => !r.recordId).length;
  return {
    created,
    updated: records.length - created,
    removed: saved.preview.removedGridIds.length,
    moved: plan.reassignment.moves.length,
    editId: saved.editId,
    gridIds: saved.preview.grids.map((g) => g.id),
  };
}

export function writeBuildings(db: Db, records: readonly GisRecord[]): Written {
  const insert = db.prepare(
    `INSERT INTO building (grid_id, code, name, road, house_number, address, floors, use, has_lift, built_year, footprint, center_lng, center_lat, min_lng, min_lat, max_lng, max_lat)
     VALUES (@grid, @code, @name, '', '', @address, @floors, 'residential', 0, 0, @footprint, @lng, @lat, @w, @s, @e, @n)`,
  );
  const update = db.prepare(
    `UPDATE building SET grid_id = @grid, name = @name, address = coalesce(@address, address), floors = coalesce(@floors, floors), footprint = @footprint,
            center_lng = @lng, center_lat = @lat, min_lng = @w, min_lat = @s, max_lng = @e, max_lat = @n WHERE id = @id`,
  );
  const rtree = db.prepare('INSERT OR REPLACE INTO building_rtree (id, min_lng, max_lng, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)');
  const gridOf = db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck();
  const cases = db.prepare(`UPDATE case_file SET grid_id = ? WHERE building_id = ? AND grid_id <> ? AND status IN ${UNRESOLVED_STATUS_SQL}`);
  const orgs = db.prepare('UPDATE party_org SET grid_id = ? WHERE building_id = ? AND grid_id IS NOT NULL AND grid_id <> ?');
  let created = 0;
  let moved = 0;
  const grids = new Set<number>();
  for (const r of records) {
    const g = r.geometry as Polygon;
    const [w, s, e, n] = boxOf(g);
    const [lng, lat] = footprintCenter(g);
    const row = { grid: r.gridId!, code: r.code, name: r.name, address: r.address, floors: r.floors, footprint: JSON.stringify(g), lng, lat, w, s, e, n };
    let id: number;
    if (r.recordId) {
      id = r.recordId;
      const before = gridOf.get(id) as number;
      update.run({ ...row, id });
      if (before !== r.gridId) {
        moved += 1 + cases.run(r.gridId, id, r.gridId).changes + orgs.run(r.gridId, id, r.gridId).changes;
        grids.add(before);
      }
    } else {
      id = Number(insert.run({ ...row, address: r.address ?? r.name, floors: r.floors ?? 1 }).lastInsertRowid);
      created++;
    }
    rtree.run(id, w, e, s, n);
    grids.add(r.gridId!);
  }
  return { created, updated: records.length - created, removed: 0, moved, editId: null, gridIds: [...grids] };
}

export function writeFacilities(db: Db, records: readonly GisRecord[]): Written {
  const insert = db.prepare("INSERT INTO facility (kind, name, community_id, grid_id, address, open_hours, lng, lat) VALUES (?, ?, ?, ?, ?, '', ?, ?)");
  const update = db.prepare('UPDATE facility SET kind = ?, community_id = ?, grid_id = ?, address = coalesce(?, address), lng = ?, lat = ? WHERE id = ?');
  let created = 0;
  const grids = new Set<number>();
  for (const r of records) {
    const [lng, lat] = (r.geometry as Point).coordinates as [number, number];
    if (r.recordId) update.run(r.kind, r.communityId, r.gridId, r.address, lng, lat, r.recordId);
    else {
      insert.run(r.kind, r.name, r.communityId, r.gridId, r.address ?? '', lng, lat);
      created++;
    }
    grids.add(r.gridId!);
  }
  return { created, updated: records.length - created, removed: 0, moved: 0, editId: null, gridIds: [...grids] };
}
