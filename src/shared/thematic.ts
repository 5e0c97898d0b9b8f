// Thematic maps over the grids (专题图) and the 15-minute service circles (15分钟服务圈):
// the inputs that ask for them and what the core returns. Counts and points only: no
// names, addresses or anything else about a person leaves through these methods.
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { z } from 'zod';
import { CASE_CLASSES, FACILITY_KINDS, type FacilityKind } from './domain';
import type { WalkingModel } from './walkingModel';
import { epochMs as epochMsRule } from './inputRules';
import { THEMATIC_METRICS, type ThematicMetric } from './vocab/thematic';

const DAY_MS = 86_400_000;
/** A year and a day: a leap year still fits. */
export const THEMATIC_MAX_DAYS = 366;
/** The period of the period metrics when none is asked for: the last 365 days up to now. */
export const THEMATIC_DEFAULT_DAYS = 365;

export { METRIC_DECIMALS, PERIOD_METRICS, THEMATIC_METRICS, type ThematicMetric } from './vocab/thematic';

/** At most this many classes in a legend. */
export const THEMATIC_CLASSES = 5;

const epochMs = epochMsRule();
type MaybePeriod = { from?: number; to?: number };
const afterFrom = (q: MaybePeriod) => q.from === undefined || q.to === undefined || q.from < q.to;
const withinSpan = (q: MaybePeriod) => q.from === undefined || q.to === undefined || q.to - q.from <= THEMATIC_MAX_DAYS * DAY_MS;
const AFTER_FROM = { path: ['to'], message: 'must be after from' };
const WITHIN_SPAN = { path: ['to'], message: `must be at most ${THEMATIC_MAX_DAYS} days after from` };

export const thematicGridsInput = z
  .strictObject({
    metric: z.enum(THEMATIC_METRICS, { error: `must be one of ${THEMATIC_METRICS.join(', ')}` }).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { path: ['from'], message: 'must be given together with to' })
  .refine(afterFrom, AFTER_FROM)
  .refine(withinSpan, WITHIN_SPAN);
export type ThematicGridsInput = z.infer<typeof thematicGridsInput>;

export const caseHeatInput = z
  .strictObject({
    from: epochMs,
    to: epochMs,
    categoryClass: z.enum(CASE_CLASSES, { error: `must be one of ${CASE_CLASSES.join(', ')}` }).optional(),
  })
  .refine(afterFrom, AFTER_FROM)
  .refine(withinSpan, WITHIN_SPAN);
export type CaseHeatInput = z.infer<typeof caseHeatInput>;

export const coverageInput = z.strictObject({
  kinds: z
    .array(z.enum(FACILITY_KINDS, { error: `must be one of ${FACILITY_KINDS.join(', ')}` }), { error: 'must be a list of facility kinds' })
    .min(1, 'must name at least one facility kind')
    .refine((kinds) => new Set(kinds).size === kinds.length, 'must not repeat a kind'),
});
export type CoverageInput = z.infer<typeof coverageInput>;

/** [from, to) in epoch ms. */
export interface ThematicPeriod {
  from: number;
  to: number;
}

/** One metric's classes: class k holds values v with breaks[k-1] <= v < breaks[k] (open at both ends). */
export interface ThematicLayer {
  metric: ThematicMetric;
  /** Ascending, each above the smallest value and at most the largest; breaks.length + 1 classes. */
  breaks: number[];
  /** Smallest and largest value over the grids with a value; null when no grid has one. */
  min: number | null;
  max: number | null;
  /** Grids in each class (breaks.length + 1 entries). */
  counts: number[];
  /** Grids without a value (no residents for a rate per resident, no tenants for coverage). */
  noData: number;
}

export interface ThematicGridValues {
  gridId: number;
  /** The asked metrics' values; null where the metric has no value for the grid. */
  values: Partial<Record<ThematicMetric, number | null>>;
}

export interface ThematicGrids {
  /** The period the period metrics count over. */
  period: ThematicPeriod;
  /** When the snapshot metrics (open, overdue) were taken. */
  at: number;
  layers: ThematicLayer[];
  grids: ThematicGridValues[];
}

/**
 * Case locations are summed into cells of this size (≈ 22 m × 19 m here) before they leave:
 * a third of the heat map's 60 m kernel, so the cells do not show, and no exact spot does.
 */
export const CASE_HEAT_CELL_DEG = 0.0002;

export interface CaseHeat {
  period: ThematicPeriod;
  /** Cases counted (reported in the period, cancelled ones left out). */
  total: number;
  /** [lng, lat, cases] per occupied cell, at the cell's centre. */
  points: [number, number, number][];
  /** The largest number of cases in one cell. */
  maxWeight: number;
}

export interface ServiceCircleProps {
  facilityId: number;
  kind: FacilityKind;
  name: string;
}

export interface OutsideBuildingProps {
  buildingId: number;
  gridId: number;
  households: number;
}

export interface CoverageGridRow {
  gridId: number;
  code: string;
  name: string;
  communityName: string;
  households: number;
  outside: number;
}

export interface CoverageResult {
  model: WalkingModel;
  kinds: FacilityKind[];
  facilities: number;
  /** One circle per facility of the asked kinds, radius model.radiusM. */
  circles: FeatureCollection<Polygon, ServiceCircleProps>;
  /** The circles merged into one shape (no feature when there are no circles), to tint the served ground once. */
  coveredArea: FeatureCollection<Polygon | MultiPolygon>;
  /** Every grid, most households outside first. */
  grids: CoverageGridRow[];
  totals: { households: number; outside: number };
  /** Buildings with households and no facility within the radius, at their centre. */
  outsideBuildings: FeatureCollection<Point, OutsideBuildingProps>;
}
