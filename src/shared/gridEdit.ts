// Grid editing: the operations an administrator makes on the map, the problems the
// validator finds, and what a save would move. A draft is an ordered list of
// operations; the core replays it on the saved street for every preview and again
// for the save, so the renderer never decides geometry on its own.
//
// Grid ids: existing grids by their positive id; grids created in the draft (drawn, or
// the second half of a split) by a negative key the renderer picks (-1, -2, ...).
import { z } from 'zod';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { BBox, LngLat } from './views';
import { text } from './inputRules';
import type { GridProblemKind } from './vocab/gridEdit';

// Arrays rather than tuples, so the parsed shapes are GeoJSON's own Position (number[]).
const position = z
  .array(z.number({ error: 'must be a number' }).finite('must be finite'))
  .length(2, 'must be [longitude, latitude]')
  .refine(([x = NaN, y = NaN]) => Math.abs(x) <= 180 && Math.abs(y) <= 90, 'must be [longitude, latitude] within range');
const ring = z.array(position).min(4, 'a ring needs at least 4 positions').max(5000, 'a ring may have at most 5,000 positions');
export const polygonInput = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).min(1, 'needs an outer ring').max(50, 'may have at most 50 rings'),
});
export const lineInput = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position).min(2, 'a line needs at least 2 positions').max(1000, 'a line may have at most 1,000 positions'),
});
const existingId = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');
const draftKey = z.number({ error: 'must be a number' }).int('must be a whole number').negative('new grids have negative keys');
const gridRef = z.number({ error: 'must be a number' }).int('must be a whole number').refine((n) => n !== 0, 'must not be 0');
const gridCode = z.string().trim().regex(/^[0-9A-Za-z-]{2,24}$/, 'must be 2–24 letters, digits or dashes');
const gridName = text(40, { min: 1 });

export const gridEditOp = z.discriminatedUnion(
  'op',
  [
    // A new grid drawn on the map; it takes its area from the grids under it.
    z.strictObject({ op: z.literal('draw'), key: draftKey, communityId: existingId, boundary: polygonInput, name: gridName.optional() }),
    // Vertices moved; vertices shared with neighbours move with it (topological edit).
    z.strictObject({ op: z.literal('reshape'), gridId: gridRef, boundary: polygonInput }),
    // Cut along a line: the part with more households keeps the grid, the other becomes `newKey`.
    z.strictObject({ op: z.literal('split'), gridId: gridRef, line: lineInput, newKey: draftKey }),
    // Two adjacent grids become one: `keepId` keeps its code, staff and history.
    z.strictObject({ op: z.literal('merge'), keepId: gridRef, removeId: gridRef }),
    z.strictObject({ op: z.literal('attributes'), gridId: gridRef, communityId: existingId.optional(), code: gridCode.optional(), name: gridName.optional() }),
  ],
  { error: 'must be one of draw, reshape, split, merge, attributes' },
);
export type GridEditOp = z.output<typeof gridEditOp>;

/** A draft's positions in all, across operations: grid outlines hold tens, never thousands. */
const MAX_DRAFT_POSITIONS = 20_000;
const countPositions = (ops: readonly GridEditOp[]): number =>
  ops.reduce((n, op) => n + (op.op === 'split' ? op.line.coordinates.length : op.op === 'draw' || op.op === 'reshape' ? op.boundary.coordinates.reduce((k, r) => k + r.length, 0) : 0), 0);
const draftOps = z
  .array(gridEditOp)
  .min(1, 'needs at least one change')
  .max(200, 'may have at most 200 changes')
  .refine((ops) => countPositions(ops) <= MAX_DRAFT_POSITIONS, `may hold at most ${MAX_DRAFT_POSITIONS.toLocaleString('en')} positions in all`);

export const gridPreviewInput = z.strictObject({ ops: draftOps });
export const gridSaveInput = z.strictObject({
  ops: draftOps,
  /** Required when the result leaves overlaps or gaps; written to the audit log. */
  override: z.strictObject({ reason: text(200, { min: 4, minMessage: 'must say why (at least 4 characters)' }) }).optional(),
});
export const gridUndoInput = z.strictObject({ editId: existingId });

export { ADVISORY_PROBLEMS, BLOCKING_PROBLEMS, GRID_HOUSEHOLDS, GRID_PROBLEM_KINDS, OVERRIDABLE_PROBLEMS, REFUSAL_REASONS, type GridProblemKind, type RefusalReason } from './vocab/gridEdit';

export interface GridProblem {
  kind: GridProblemKind;
  /** Grids involved (positive ids, negative draft keys). */
  gridIds: number[];
  /** Where to fly: a point inside the problem area. */
  at: LngLat;
  bbox: BBox;
  /** What to highlight: the overlap, the gap, the sliver, the cut building, the crossing point. */
  geometry: Polygon | MultiPolygon | Point;
  /** Area of the problem in m², where it has one. */
  areaM2: number | null;
  /** Kind-specific figures: households for `households`, buildingId for `buildingCut`, widthM for slivers. */
  detail: Record<string, number | string>;
}

export interface DraftGrid {
  id: number;
  code: string;
  name: string;
  communityId: number;
  boundary: Polygon;
  /** Where its label goes: a point inside it. */
  label: LngLat;
  households: number;
  /** True when the draft made or changed this grid. */
  changed: boolean;
}

/** What the save moves into or out of one grid. Positive = gained. */
export interface GridMoveSummary {
  gridId: number;
  code: string;
  households: number;
  residents: number;
  buildings: number;
  tenants: number;
  facilities: number;
  openCases: number;
  /** Households after the save. */
  householdsAfter: number;
}

/** A flow between two grids, for the "3 unresolved cases move to grid 0104" lines (openCases: open, 挂账 or 上报). */
export interface GridFlow {
  fromId: number;
  fromCode: string;
  toId: number;
  toCode: string;
  buildings: number;
  households: number;
  tenants: number;
  facilities: number;
  openCases: number;
}

export interface StaffReviewItem {
  gridId: number;
  gridCode: string;
  reason: 'gridRemoved' | 'newGridUnstaffed' | 'householdsChanged';
  staffNames: string[];
}

/** A flagged staff assignment still waiting for an administrator. */
export interface StaffReviewView {
  id: number;
  editId: number;
  gridId: number;
  gridCode: string;
  gridName: string;
  reason: StaffReviewItem['reason'];
  staffNames: string[];
  at: number;
}

export interface GridEditPreview {
  grids: DraftGrid[];
  removedGridIds: number[];
  problems: GridProblem[];
  moves: GridMoveSummary[];
  flows: GridFlow[];
  staffReview: StaffReviewItem[];
  /** Problems of a kind in OVERRIDABLE_PROBLEMS are present: saving needs an override reason. */
  needsOverride: boolean;
  /** A blocking problem is present: no save at all. */
  blocked: boolean;
}

export interface GridEditSaved {
  editId: number;
  preview: GridEditPreview;
}

/** What an edit did, as figures the UI words in its language. */
export interface GridEditSummary {
  created: string[];
  removed: string[];
  changed: string[];
  householdsMoved: number;
  openCasesMoved: number;
}

export interface GridEditRecord {
  id: number;
  at: number;
  userName: string;
  summary: GridEditSummary;
  overrideReason: string | null;
  undoneAt: number | null;
  /** Only the latest edit that is not undone can be undone. */
  canUndo: boolean;
}

export interface StreetValidation {
  problems: GridProblem[];
  grids: number;
  checkedAt: number;
  ms: number;
}
