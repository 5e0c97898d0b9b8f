// A draft's preview: the grids it makes, the problems it leaves (checked around what it
// changed, so it stays fast enough to run after every edit), and what a save would move.
import { bboxPolygon, bbox as turfBbox } from '@turf/turf';
import type { Polygon } from 'geojson';
import { BLOCKING_PROBLEMS, OVERRIDABLE_PROBLEMS, type GridEditOp, type GridEditPreview, type GridProblem } from '../../../shared/gridEdit';
import type { Db } from '../db/database';
import { labelPoint, parsePolygon } from '../services/geo';
import { applyOps } from './applyOps';
import { loadBuildingLoads, type BuildingLoad } from './buildingLoad';
import { loadStreetGrids, type StreetGrids } from './draftState';
import type { Draft } from './draftState';
import { validateGrids, type BuildingShape } from './geometry';
import { computeReassignment, type Reassignment } from './reassign';
import { communitiesWithHouseholds, knownHouseholds } from './placedCommunities';

export interface EditPlan {
  draft: Draft;
  reassignment: Reassignment;
  preview: GridEditPreview;
}

/** Footprints of buildings whose box meets `box`, for the cut-building rule. */
export function buildingShapesIn(db: Db, box: [number, number, number, number] | null): BuildingShape[] {
  const rows = (
    box
      ? db
          .prepare(
            `SELECT b.id, b.footprint, b.center_lng, b.center_lat FROM building_rtree r JOIN building b ON b.id = r.id
              WHERE r.max_lng >= ? AND r.min_lng <= ? AND r.max_lat >= ? AND r.min_lat <= ?`,
          )
          .all(box[0], box[2], box[1], box[3])
      : db.prepare('SELECT id, footprint, center_lng, center_lat FROM building').all()
  ) as { id: number; footprint: string; center_lng: number; center_lat: number }[];
  return rows.map((r) => ({ id: r.id, footprint: parsePolygon(r.footprint), center: [r.center_lng, r.center_lat] }));
}

function regionOf(draft: Draft): [number, number, number, number] | null {
  const polys: Polygon[] = [];
  for (const g of draft.changed()) polys.push(g.geometry);
  for (const id of [...draft.touched, ...draft.removed]) {
    const saved = draft.base.saved.get(id);
    if (saved) polys.push(saved.geometry);
  }
  if (polys.length === 0) return null;
  const [w, s, e, n] = turfBbox({ type: 'GeometryCollection', geometries: polys });
  // A little margin so neighbours' slivers and gaps along the changed edges are seen.
  const m = 0.0005;
  return [w - m, s - m, e + m, n + m];
}

export function summarizeProblems(problems: GridProblem[]): { needsOverride: boolean; blocked: boolean } {
  return {
    needsOverride: problems.some((p) => OVERRIDABLE_PROBLEMS.includes(p.kind)),
    blocked: problems.some((p) => BLOCKING_PROBLEMS.includes(p.kind)),
  };
}

export function planEdit(db: Db, ops: readonly GridEditOp[], base: StreetGrids = loadStreetGrids(db)): EditPlan {
  const buildings = loadBuildingLoads(db);
  const draft = applyOps(base, ops, buildings);
  return planDraft(db, draft, buildings);
}

/** Households per saved grid as the street stands (before the draft). */
function householdsBefore(buildings: readonly BuildingLoad[]): Map<number, number> {
  const perGrid = new Map<number, number>();
  for (const b of buildings) perGrid.set(b.gridId, (perGrid.get(b.gridId) ?? 0) + b.households);
  return perGrid;
}

/** The plan of a draft however it was made (replayed operations, or a GIS import's grids); `wholeStreet` checks every grid, not only around the change. */
export function planDraft(db: Db, draft: Draft, buildings: readonly BuildingLoad[], options: { wholeStreet?: boolean } = {}): EditPlan {
  const base = draft.base;
  const reassignment = computeReassignment(db, draft, buildings);
  const region = regionOf(draft);
  const within: Polygon | undefined = region && !options.wholeStreet ? bboxPolygon(region).geometry : undefined;
  const placed = communitiesWithHouseholds(db, householdsBefore(buildings));
  const problems = region || options.wholeStreet
    ? validateGrids({
        street: base.street,
        grids: [...draft.grids.values()].map((g) => ({ id: g.id, code: g.code, geometry: g.geometry, households: knownHouseholds(placed, g.communityId, reassignment.householdsAfter.get(g.id)) })),
        buildings: buildingShapesIn(db, options.wholeStreet ? null : region),
        within,
      })
    : [];
  const changedIds = new Set(draft.changed().map((g) => g.id));
  const grids = [...draft.grids.values()]
    .filter((g) => changedIds.has(g.id))
    .map((g) => ({ id: g.id, code: g.code, name: g.name, communityId: g.communityId, boundary: g.geometry, label: labelPoint(g.geometry), households: reassignment.householdsAfter.get(g.id) ?? 0, changed: true }));
  const preview: GridEditPreview = {
    grids,
    removedGridIds: [...draft.removed],
    problems,
    moves: reassignment.summaries,
    flows: reassignment.flows,
    staffReview: reassignment.staffReview,
    ...summarizeProblems(problems),
  };
  return { draft, reassignment, preview };
}
