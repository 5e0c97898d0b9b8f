// Briefing mode (领导研判会简报): the deck the core builds from the data for a period and a
// scope, and the input that asks for it. Every figure here is anonymous by construction:
// places are named by building address or road, holders by department or by role + grid,
// never by a person (the deck is shown on projectors and handed out as PDF).
import { z } from 'zod';
import type { CaseClass, PartyMemberCategory, PartyOrgKind, PartyOrgRating, StaffRole, CaseStatus } from './domain';
import type { IndicatorRow } from './indicators';
import { epochMs as epochMsRule } from './inputRules';
import type { BBox, LngLat } from './views';
import type { ComparisonKind } from './periods';
import type { PartyWorkSummary } from './partyFigures';
import type { DecisionFigures, MeetingsShared } from './meetings';
import type { SharedCareFigure } from './care';
import type { AssessmentShared } from './partyAssessment';
import { BRIEFING_MAX_DAYS } from './vocab/briefing';

const DAY_MS = 86_400_000;
/** A hot spot's place: near a building (its address and name), along a road, or nowhere nearer than the scope. */
export type BriefingPlace = { kind: 'near'; address: string; building: string } | { kind: 'along'; road: string } | { kind: 'inArea' };

export { BRIEFING_MAX_DAYS } from './vocab/briefing';

const id = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');
const epochMs = epochMsRule();

export const briefingScopeSchema = z.discriminatedUnion(
  'kind',
  [z.strictObject({ kind: z.literal('street') }), z.strictObject({ kind: z.literal('community'), id })],
  { error: 'must be the street or one community' },
);
export type BriefingScope = z.infer<typeof briefingScopeSchema>;

export const briefingInput = z
  .strictObject({ from: epochMs, to: epochMs, scope: briefingScopeSchema })
  .refine((q) => q.from < q.to, { path: ['to'], message: 'must be after from' })
  .refine((q) => q.to - q.from <= BRIEFING_MAX_DAYS * DAY_MS, { path: ['to'], message: `must be at most ${BRIEFING_MAX_DAYS} days after from` });
export type BriefingInput = z.infer<typeof briefingInput>;

/** [from, to) in epoch ms. */
export interface BriefingPeriod {
  from: number;
  to: number;
}

export interface BriefingScopeView {
  kind: 'street' | 'community';
  /** The community's id; null for the street. */
  id: number | null;
  name: string;
  /** Where the maps look: the street's or the community's extent. */
  bbox: BBox;
  areaKm2: number;
}

/** The headline figures, each against the previous period. */
export const BRIEFING_KPIS = ['reported', 'due', 'closeRate', 'onTimeRate', 'overdueOpen', 'reworkRate', 'satisfiedRate', 'avgHandlingHours'] as const;
export type BriefingKpiKey = (typeof BRIEFING_KPIS)[number];

export interface BriefingKpi {
  key: BriefingKpiKey;
  /** count: a number of cases; rate: a share in [0, 1]; hours: mean hours. */
  unit: 'count' | 'rate' | 'hours';
  current: number | null;
  previous: number | null;
  /** current − previous (for a rate: the difference of shares, i.e. percentage points ÷ 100); null when either is null. */
  delta: number | null;
  /** delta ÷ previous for counts and hours; null for rates and when previous is 0 or null. */
  relative: number | null;
  /** Whether the change is good news: a higher on-time rate is, a higher overdue count is not. */
  verdict: 'better' | 'worse' | 'same' | null;
}

export interface BriefingOverview {
  /** The 'total' indicator row of the period and of the previous one, as computeIndicators gives them. */
  current: IndicatorRow;
  previous: IndicatorRow;
  kpis: BriefingKpi[];
}

/** One Shanghai calendar day of the period, with the same day of the previous period beside it. */
export interface BriefingTrendDay {
  /** 'YYYY-MM-DD', Shanghai time. */
  date: string;
  /** Cases reported that day (not cancelled). */
  reported: number;
  /** Cases closed that day. */
  closed: number;
  /** Cases reported on the same day of the previous period (day n of it). */
  previousReported: number;
}

export interface BriefingCategoryCount {
  /** The subcategory's catalogue code (the UI names it in its language). */
  code: string;
  name: string;
  count: number;
}

export interface BriefingHotSpot {
  rank: number;
  /** Cases of the period in the cluster. */
  count: number;
  /** Cases of the previous period within the same circle (centroid, radius of at least the DBSCAN radius). */
  previousCount: number;
  /** Mean of the cluster's points. */
  centroid: LngLat;
  /** Distance from the centroid to its farthest point, metres. */
  radiusM: number;
  bbox: BBox;
  /** Where it is, by the nearest building (its road, number and name) or the nearest road: names as stored, the words around them from the catalog. */
  place: BriefingPlace;
  gridName: string | null;
  communityName: string | null;
  /** Most frequent subcategories in the cluster, most frequent first (at most 3). */
  topCategories: BriefingCategoryCount[];
  /** Share of the first of them. */
  dominantShare: number;
  /** Of the cluster's cases, those still open now. */
  openNow: number;
  points: LngLat[];
}

export interface BriefingHotSpots {
  /** DBSCAN parameters used: neighbourhood radius and the core-point threshold. */
  maxDistanceKm: number;
  minPoints: number;
  /** Case points clustered (the period's cases in the scope). */
  casesConsidered: number;
  /** Clusters found in all; the deck shows the largest few. */
  clustersFound: number;
  /** Cases that fall in any cluster. */
  casesInClusters: number;
  top: BriefingHotSpot[];
}

export interface BriefingCategoryChange {
  /** The subcategory's id. */
  id: number;
  /** Catalogue codes of the subcategory and its large category, and the class: the UI names them in its language. */
  code: string;
  parentCode: string;
  caseClass: CaseClass;
  name: string;
  /** '部件·公用设施' style name of its large category. */
  parentName: string;
  current: number;
  previous: number;
  delta: number;
}

export interface BriefingCategories {
  /** Reported cases of the period and of the previous one (equal to the overview's 上报数). */
  totalCurrent: number;
  totalPrevious: number;
  /** The most reported subcategories, most first. */
  top: BriefingCategoryChange[];
  /** Largest increases and decreases against the previous period. */
  risers: BriefingCategoryChange[];
  fallers: BriefingCategoryChange[];
}

/** Who holds a case, without naming anyone: a department, a grid role, or nobody yet. */
export type BriefingHolder =
  | { kind: 'department'; name: string }
  | { kind: 'staff'; role: StaffRole; gridName: string }
  | { kind: 'unassigned' };

export interface BriefingAttentionCase {
  code: string;
  /** The subcategory's catalogue code and stored name. */
  categoryCode: string;
  categoryName: string;
  gridName: string;
  status: CaseStatus;
  holder: BriefingHolder;
  dueAt: number | null;
  /** Hours past due at the time the deck was made; null when not overdue. */
  overdueHours: number | null;
  supervised: boolean;
}

export interface BriefingAttention {
  /** The moment the list was taken (the deck's making time): open work is about now, whatever the period. */
  asOf: number;
  /** Open cases of the scope past due now, and open cases under 督办. */
  overdueCount: number;
  supervisedCount: number;
  /** Both lists merged, most overdue first; at most BRIEFING_ATTENTION_LIMIT. */
  cases: BriefingAttentionCase[];
  /** Cases left out of `cases` for space. */
  more: number;
}
export const BRIEFING_ATTENTION_LIMIT = 10;

export interface BriefingRankings {
  /** Grids (or departments) with their period indicators, best first: on-time rate, then fewer overdue, then more work. */
  grids: IndicatorRow[];
  departments: IndicatorRow[];
  /** The communities of the scope in code order (one for a community's deck). */
  communities: IndicatorRow[];
}

export interface BriefingWeakOrg {
  name: string;
  kind: PartyOrgKind;
  underRectification: boolean;
}

export interface BriefingParty {
  orgCount: number;
  /** Territorial level 1–4 (街道党工委 → 社区党委 → 网格/小区党支部 → 楼栋党小组), counted over all organisations. */
  byLevel: { level: number; count: number }[];
  byKind: { kind: PartyOrgKind; count: number }[];
  byRating: Record<PartyOrgRating, number>;
  members: number;
  membersByCategory: Record<PartyMemberCategory, number>;
  /** 在职党员双报到: registered of those who must register (registered + pending). */
  dualReport: { registered: number; required: number; rate: number | null };
  /** Tenants (市场主体) reached by a Party organisation; the rest are 党建真空. */
  tenantCoverage: { covered: number; total: number; rate: number | null };
  /** Grid staff (11XN) who are Party members (亮身份). */
  gridStaff: { partyMembers: number; total: number };
  /** 软弱涣散 organisations and whether each is under 整顿转化. */
  weakOrgs: BriefingWeakOrg[];
  /** Party work in the period (微心愿, 需求清单, 双报到 service, volunteers): figures only, from partyFigures. */
  work: PartyWorkSummary;
  /** 楼栋工作日 visits in the period and organisations under 整顿转化 now: counts only. */
  assessment: AssessmentShared;
  /** Decisions taken at meetings held in the period, by their progress now: counts only. */
  decisionsMade: DecisionFigures;
}

export interface BriefingDeck {
  streetName: string;
  scope: BriefingScopeView;
  period: BriefingPeriod;
  /** What the period is compared with (src/shared/periods.ts): the previous calendar week, month, quarter or year, else the equal-length window just before. */
  previous: BriefingPeriod;
  comparison: ComparisonKind;
  /** The moment the period's figures are judged at: min(made, to). */
  judgedAt: number;
  madeAt: number;
  overview: BriefingOverview;
  trend: BriefingTrendDay[];
  hotSpots: BriefingHotSpots;
  categories: BriefingCategories;
  attention: BriefingAttention;
  rankings: BriefingRankings;
  party: BriefingParty;
  /** Decisions by progress and resident matters by stage at the time the deck was made: counts only. */
  meetings: MeetingsShared;
  /** 关爱走访 at the time the deck was made: vulnerable residents, visits overdue and due within a week, per grid, cells under k hidden. */
  care: SharedCareFigure;
}
