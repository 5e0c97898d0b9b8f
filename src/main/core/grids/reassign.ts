// What a draft moves between grids. Every building goes to the grid holding its centre;
// households and tenants go with their building; facilities and unresolved cases (open,
// 挂账 or 上报: UNRESOLVED_CASE_STATUSES) go to the grid holding their point (a case at a
// building follows the building); closed and cancelled cases keep the grid they were
// handled in unless that grid disappears. Party organisations placed by
// building or point follow the same rule; a grid's own branch stays with its grid.
// Grid staff follow their grid; staff of a grid merged away move to the grid that took
// most of its households, and are listed for review. 三张清单 items follow their building
// or point like facilities; a need owned by a grid merged away goes to the grid now holding
// that grid's old label point. Device alerts follow their building.
import { bbox as turfBbox } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { GridFlow, GridMoveSummary, StaffReviewItem } from '../../../shared/gridEdit';
import { nearestGrid } from './nearestGrid';
import { reviewStaff } from './staffFollow';
import type { Db } from '../db/database';
import { UNRESOLVED_STATUS_SQL } from '../services/openCases';
import { labelPoint } from '../services/geo';
import type { BuildingLoad } from './buildingLoad';
import type { Draft } from './draftState';
import { PointGridIndex } from './geometry';

export type MovedEntity = 'building' | 'case_file' | 'facility' | 'party_org' | 'grid_staff' | 'dispatch_rule' | 'party_list_item' | 'party_list_owner' | 'alert';

export interface Move {
  entity: MovedEntity;
  id: number;
  from: number;
  to: number;
}

export interface Reassignment {
  moves: Move[];
  summaries: GridMoveSummary[];
  flows: GridFlow[];
  staffReview: StaffReviewItem[];
  /** Households per grid after the save, for every draft grid. */
  householdsAfter: Map<number, number>;
}

type Box = [number, number, number, number];

function unionBox(polys: Polygon[]): Box | null {
  if (polys.length === 0) return null;
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polys) {
    const [w, s, e, n] = turfBbox(p);
    box[0] = Math.min(box[0], w);
    box[1] = Math.min(box[1], s);
    box[2] = Math.max(box[2], e);
    box[3] = Math.max(box[3], n);
  }
  return box;
}

const inBox = (box: Box, lng: number, lat: number) => lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];

interface PointRow {
  id: number;
  grid_id: number;
  lng: number;
  lat: number;
  building_id: number | null;
  /** Cases only: 1 when unresolved (the preview counts unresolved cases that move). */
  open?: number;
}

export function computeReassignment(db: Db, draft: Draft, buildings: readonly BuildingLoad[]): Reassignment {
  const changed = draft.changed();
  const removed = [...draft.removed];
  const grids = [...draft.grids.values()];
  const index = new PointGridIndex(grids.map((g) => ({ id: g.id, code: g.code, geometry: g.geometry })));
  const region = unionBox([...changed.map((g) => g.geometry), ...[...draft.touched, ...removed].map((id) => draft.base.saved.get(id)?.geometry).filter((g): g is Polygon => !!g)]);
  const removedSet = new Set(removed);
  const labels = new Map(grids.map((g) => [g.id, labelPoint(g.geometry)]));

  // A point no grid holds (a gap the administrator saves over) stays where it was, or,
  // if that grid is gone, goes to the grid whose label point is nearest.
  const place = (lng: number, lat: number, current: number): number => {
    const found = index.gridAt(lng, lat);
    if (found !== null) return found;
    if (draft.grids.has(current)) return current;
    return nearestGrid(labels, [lng, lat]) ?? current;
  };

  const moves: Move[] = [];
  const buildingGrid = new Map<number, number>();
  for (const b of buildings) {
    let to = b.gridId;
    if (removedSet.has(b.gridId) || (region && inBox(region, b.lng, b.lat))) to = place(b.lng, b.lat, b.gridId);
    buildingGrid.set(b.id, to);
    if (to !== b.gridId) moves.push({ entity: 'building', id: b.id, from: b.gridId, to });
  }

  const relocate = (entity: MovedEntity, rows: PointRow[]) => {
    for (const r of rows) {
      const to = r.building_id !== null && buildingGrid.has(r.building_id) ? buildingGrid.get(r.building_id)! : place(r.lng, r.lat, r.grid_id);
      if (to !== r.grid_id) moves.push({ entity, id: r.id, from: r.grid_id, to });
    }
  };
  const removedList = removed.length ? removed.join(',') : '0';
  const inRegion = region ? `(lng BETWEEN ${region[0]} AND ${region[2]} AND lat BETWEEN ${region[1]} AND ${region[3]})` : '0';
  const caseRows = db
    .prepare(`SELECT id, grid_id, lng, lat, building_id, status IN ${UNRESOLVED_STATUS_SQL} AS open FROM case_file WHERE (status IN ${UNRESOLVED_STATUS_SQL} AND ${inRegion}) OR grid_id IN (${removedList})`)
    .all() as PointRow[];
  const openIds = new Set(caseRows.filter((r) => r.open === 1).map((r) => r.id));
  relocate('case_file', caseRows);
  relocate('facility', db.prepare(`SELECT id, grid_id, lng, lat, NULL AS building_id FROM facility WHERE ${inRegion} OR grid_id IN (${removedList})`).all() as PointRow[]);
  relocate(
    'party_org',
    db
      .prepare(
        `SELECT id, grid_id, lng, lat, building_id FROM party_org
          WHERE grid_id IS NOT NULL AND ((kind <> 'grid_branch' AND ${inRegion}) OR grid_id IN (${removedList}))`,
      )
      .all() as PointRow[],
  );

  relocate('party_list_item', db.prepare(`SELECT id, grid_id, lng, lat, building_id FROM party_list_item WHERE ${inRegion} OR grid_id IN (${removedList})`).all() as PointRow[]);
  // A removed grid's successor for what belongs to the grid itself (not to a place in it).
  const successor = (gridId: number): number => {
    const old = draft.base.saved.get(gridId)?.geometry;
    if (!old) return gridId;
    const [lng, lat] = labelPoint(old);
    return place(lng, lat, gridId);
  };
  const owned = db.prepare(`SELECT id, owner_grid_id AS grid_id FROM party_list_item WHERE owner_grid_id IN (${removedList})`).all() as { id: number; grid_id: number }[];
  for (const r of owned) moves.push({ entity: 'party_list_owner', id: r.id, from: r.grid_id, to: successor(r.grid_id) });
  const alerts = db.prepare(`SELECT id, grid_id, building_id FROM alert WHERE grid_id IS NOT NULL AND (grid_id IN (${removedList}) OR building_id IN (SELECT value FROM json_each(?)))`).all(JSON.stringify(moves.filter((m) => m.entity === 'building').map((m) => m.id))) as { id: number; grid_id: number; building_id: number | null }[];
  for (const a of alerts) {
    const to = a.building_id !== null && buildingGrid.has(a.building_id) ? buildingGrid.get(a.building_id)! : removedSet.has(a.grid_id) ? successor(a.grid_id) : a.grid_id;
    if (to !== a.grid_id) moves.push({ entity: 'alert', id: a.id, from: a.grid_id, to });
  }

  // Households each removed grid gives to each grid: its staff go where most went.
  const flowKey = (from: number, to: number) => `${from}>${to}`;
  const byBuilding = new Map(buildings.map((b) => [b.id, b]));
  const flowMap = new Map<string, GridFlow>();
  const codeOf = (id: number) => draft.get(id)?.code ?? draft.base.saved.get(id)?.code ?? String(id);
  const flow = (from: number, to: number): GridFlow => {
    const key = flowKey(from, to);
    let f = flowMap.get(key);
    if (!f) {
      f = { fromId: from, fromCode: codeOf(from), toId: to, toCode: codeOf(to), buildings: 0, households: 0, tenants: 0, facilities: 0, openCases: 0 };
      flowMap.set(key, f);
    }
    return f;
  };
  const summaries = new Map<number, GridMoveSummary>();
  const summary = (id: number): GridMoveSummary => {
    let s = summaries.get(id);
    if (!s) {
      s = { gridId: id, code: codeOf(id), households: 0, residents: 0, buildings: 0, tenants: 0, facilities: 0, openCases: 0, householdsAfter: 0 };
      summaries.set(id, s);
    }
    return s;
  };
  for (const m of moves) {
    const f = flow(m.from, m.to);
    const [out, into] = [summary(m.from), summary(m.to)];
    if (m.entity === 'building') {
      const b = byBuilding.get(m.id)!;
      f.buildings++;
      f.households += b.households;
      f.tenants += b.tenants;
      for (const [s, sign] of [[out, -1], [into, 1]] as const) {
        s.buildings += sign;
        s.households += sign * b.households;
        s.residents += sign * b.residents;
        s.tenants += sign * b.tenants;
      }
    } else if (m.entity === 'facility') {
      f.facilities++;
      out.facilities--;
      into.facilities++;
    } else if (m.entity === 'case_file' && openIds.has(m.id)) {
      f.openCases++;
      out.openCases--;
      into.openCases++;
    }
  }

  const householdsAfter = new Map<number, number>(grids.map((g) => [g.id, 0]));
  for (const b of buildings) {
    const g = buildingGrid.get(b.id)!;
    householdsAfter.set(g, (householdsAfter.get(g) ?? 0) + b.households);
  }

  const staffReview = reviewStaff(db, draft, moves, buildingGrid, flowMap, householdsAfter, labels);
  for (const s of summaries.values()) s.householdsAfter = householdsAfter.get(s.gridId) ?? 0;
  for (const g of changed) if (!summaries.has(g.id)) summary(g.id).householdsAfter = householdsAfter.get(g.id) ?? 0;

  return {
    moves,
    summaries: [...summaries.values()].sort((a, b) => a.code.localeCompare(b.code)),
    flows: [...flowMap.values()].sort((a, b) => b.households - a.households || a.fromCode.localeCompare(b.fromCode)),
    staffReview,
    householdsAfter,
  };
}
