// 三会一课 rules, the yearly rating and the 联述联评联考 scorecards as tables, zod-free so the renderer can import them without building the API's schemas.
import type { PartyOrgKind, PartyOrgRating } from '../domain';

// ── 三会一课 ───────────────────────────────────────────────────────────────────────────────
export const MEETING_KINDS = ['branch_assembly', 'committee', 'group', 'lesson'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Cadence = 'month' | 'quarter';

const BRANCHES: readonly PartyOrgKind[] = ['grid_branch', 'estate_branch', 'joint_branch', 'resident_unit', 'two_new', 'commercial_building', 'market'];
const COMMITTEES: readonly PartyOrgKind[] = ['street_committee', 'community_committee'];

export interface MeetingRule {
  cadence: Cadence;
  /** A reminder is due this many days before the period ends while none is recorded in it. */
  leadDays: number;
  /** The organisations that hold it. */
  orgKinds: readonly PartyOrgKind[];
}

/**
 * 三会一课: 支部党员大会 once a quarter, 支委会 (a committee's 委员会) once a month, 党小组会 once
 * a month, 党课 once a quarter. Temporary groups (临时党小组 in volunteer teams) hold none.
 */
export const MEETING_RULES: Readonly<Record<MeetingKind, MeetingRule>> = {
  branch_assembly: { cadence: 'quarter', leadDays: 30, orgKinds: BRANCHES },
  committee: { cadence: 'month', leadDays: 10, orgKinds: [...BRANCHES, ...COMMITTEES] },
  group: { cadence: 'month', leadDays: 10, orgKinds: ['building_group'] },
  lesson: { cadence: 'quarter', leadDays: 30, orgKinds: [...BRANCHES, ...COMMITTEES, 'building_group'] },
};

// ── Yearly rating ─────────────────────────────────────────────────────────────────────────
export const RATING_CRITERIA = ['organisation', 'meetings', 'members', 'service', 'role'] as const;
export type RatingCriterion = (typeof RATING_CRITERIA)[number];
/** Points each criterion may give; they add up to 100. */
export const RATING_MAX: Readonly<Record<RatingCriterion, number>> = { organisation: 20, meetings: 20, members: 20, service: 20, role: 20 };
/** The lowest total of each grade, best first; below the last is 软弱涣散. */
export const RATING_BANDS: readonly (readonly [PartyOrgRating, number])[] = [
  ['advanced', 90],
  ['good', 75],
  ['average', 60],
];

export function ratingFor(total: number): PartyOrgRating {
  for (const [r, min] of RATING_BANDS) if (total >= min) return r;
  return 'weak';
}

// ── 联述联评联考 scorecards of resident units ────────────────────────────────────────────
export const SCORECARD_CRITERIA = ['report', 'joint', 'residents'] as const;
export type ScorecardCriterion = (typeof SCORECARD_CRITERIA)[number];
/** 联述 (the unit's report), 共驻共建 (what it did in the street), 群众评议 (residents' marks). */
export const SCORECARD_MAX: Readonly<Record<ScorecardCriterion, number>> = { report: 30, joint: 40, residents: 30 };
export const SCORECARD_KINDS: readonly PartyOrgKind[] = ['resident_unit', 'two_new', 'commercial_building', 'market'];
export const SCORECARD_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type ScorecardGrade = (typeof SCORECARD_GRADES)[number];
export function scorecardGrade(total: number): ScorecardGrade {
  return total >= 90 ? 'excellent' : total >= 75 ? 'good' : total >= 60 ? 'fair' : 'poor';
}
