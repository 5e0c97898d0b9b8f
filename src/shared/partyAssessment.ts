// Assessing Party organisations: 三会一课 records, the yearly rating from its criteria,
// 软弱涣散 → 整顿转化 rectification plans, and the 联述联评联考 scorecards of resident units.
// The rules are data (vocab/partyAssessment.ts) so the core, the tabs and the tests read one table.
import { z } from 'zod';
import type { PartyOrgKind, PartyOrgRating } from './domain';
import { calendarDate, id as idRule, note as noteRule, text, wholeIn } from './inputRules';
import { MEETING_KINDS, RATING_CRITERIA, RATING_MAX, SCORECARD_CRITERIA, SCORECARD_MAX, type MeetingKind, type RatingCriterion, type ScorecardCriterion, type ScorecardGrade } from './vocab/partyAssessment';

export { MEETING_KINDS, MEETING_RULES, RATING_BANDS, RATING_CRITERIA, RATING_MAX, ratingFor, SCORECARD_CRITERIA, SCORECARD_GRADES, SCORECARD_KINDS, SCORECARD_MAX, scorecardGrade, type Cadence, type MeetingKind, type MeetingRule, type RatingCriterion, type ScorecardCriterion, type ScorecardGrade } from './vocab/partyAssessment';

// ── 三会一课 ───────────────────────────────────────────────────────────────────────────────
/** Where an organisation stands for one kind in one period. */
export const PERIOD_STATES = ['held', 'upcoming', 'due', 'missed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

// ── 整顿转化 ─────────────────────────────────────────────────────────────────────────────
export const PLAN_STATUSES = ['open', 'converted', 'not_converted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const REVIEW_VERDICTS = ['on_track', 'behind'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export const PLAN_ACTIONS = ['completeMilestone', 'review', 'close'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const id = idRule();
const year = wholeIn(2000, 2100);

function scoresOf<K extends string>(keys: readonly K[], max: Readonly<Record<K, number>>) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, wholeIn(0, max[k])])) as Record<K, ReturnType<typeof wholeIn>>);
}

export const meetingRecordInput = z.strictObject({
  orgId: id,
  kind: z.enum(MEETING_KINDS, { error: `must be one of ${MEETING_KINDS.join(', ')}` }),
  heldOn: calendarDate(),
  topic: text(100, { min: 2, minMessage: 'is required: the topic (at least 2 characters)' }),
  attendees: wholeIn(1, 2000),
  absentees: wholeIn(0, 2000).default(0),
  note: noteRule().optional(),
});

export const rateInput = z.strictObject({ orgId: id, year, scores: scoresOf(RATING_CRITERIA, RATING_MAX), note: noteRule().optional() });
export const scorecardInput = z.strictObject({ orgId: id, year, scores: scoresOf(SCORECARD_CRITERIA, SCORECARD_MAX), note: noteRule().optional() });

export const planOpenInput = z.strictObject({
  orgId: id,
  /** The 包联 leader (a cadre). */
  leaderCadreId: id,
  /** 问题 found: why the organisation is weak. */
  problems: text(500, { min: 4, minMessage: 'is required: what makes the organisation weak (at least 4 characters)' }),
  measures: z.array(text(200, { min: 2, minMessage: 'is required' })).min(1, 'at least one measure').max(12, 'at most 12 measures'),
  milestones: z
    .array(z.strictObject({ title: text(100, { min: 2, minMessage: 'is required' }), dueOn: calendarDate() }))
    .min(1, 'at least one milestone')
    .max(12, 'at most 12 milestones'),
  dueOn: calendarDate(),
});

const withPlan = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ planId: id, ...shape });
export const planStepInput = z.discriminatedUnion(
  'action',
  [
    withPlan({ action: z.literal('completeMilestone'), milestoneId: id, doneOn: calendarDate() }),
    withPlan({ action: z.literal('review'), reviewedOn: calendarDate(), verdict: z.enum(REVIEW_VERDICTS, { error: `must be one of ${REVIEW_VERDICTS.join(', ')}` }), note: text(500, { min: 2, minMessage: 'is required: what the review found' }) }),
    withPlan({ action: z.literal('close'), closedOn: calendarDate(), result: z.enum(['converted', 'not_converted'], { error: 'must be converted or not_converted' }), note: text(500, { min: 2, minMessage: 'is required: the result' }) }),
  ],
  { error: `action must be one of ${PLAN_ACTIONS.join(', ')}` },
);
export type PlanStepInput = z.infer<typeof planStepInput>;

export interface MeetingView {
  id: number;
  kind: MeetingKind;
  heldOn: string;
  topic: string;
  attendees: number;
  absentees: number;
  note: string;
}

export interface PeriodStatus {
  kind: MeetingKind;
  /** 'YYYY-MM' or 'YYYY-Qn'. */
  period: string;
  state: PeriodState;
  /** The period's last day. */
  endsOn: string;
}

/** One 三会一课 reminder: an organisation with a meeting due in the current period or missed in the last. */
export interface MeetingDue {
  orgId: number;
  orgName: string;
  communityId: number | null;
  kind: MeetingKind;
  period: string;
  state: 'due' | 'missed';
  endsOn: string;
}

export interface RatingView {
  year: number;
  scores: Record<RatingCriterion, number>;
  total: number;
  rating: PartyOrgRating;
  note: string;
  ratedAt: number;
}

export interface ScorecardView {
  year: number;
  scores: Record<ScorecardCriterion, number>;
  total: number;
  grade: ScorecardGrade;
  note: string;
}

export interface PlanView {
  id: number;
  orgId: number;
  orgName: string;
  status: PlanStatus;
  leaderCadreId: number;
  leaderName: string;
  problems: string;
  measures: string[];
  openedOn: string;
  dueOn: string;
  milestones: { id: number; title: string; dueOn: string; doneOn: string | null }[];
  reviews: { id: number; reviewedOn: string; verdict: ReviewVerdict; note: string }[];
  closedOn: string | null;
  result: string | null;
  /** The steps legal now (the UI shows only these). */
  actions: PlanAction[];
}

export interface OrgAssessment {
  orgId: number;
  orgName: string;
  kind: PartyOrgKind;
  rating: PartyOrgRating;
  underRectification: boolean;
  /** The meeting kinds this organisation holds. */
  kinds: MeetingKind[];
  /** This year's periods up to the current one, per kind. */
  periods: PeriodStatus[];
  meetings: MeetingView[];
  ratings: RatingView[];
  scorecards: ScorecardView[];
  plans: PlanView[];
  /** May the caller record meetings / rate (the tab shows the forms only then). */
  canRecord: boolean;
  canRate: boolean;
}

export interface AssessmentRow {
  orgId: number;
  orgName: string;
  kind: PartyOrgKind;
  communityName: string | null;
  rating: PartyOrgRating;
  underRectification: boolean;
  /** This year so far: periods held ÷ periods ended or held, all kinds together. */
  meetingsHeld: number;
  meetingsExpected: number;
  due: number;
}

/** 楼栋工作日 and 整顿转化 on shared screens (wall, briefing): counts only, no person. */
export interface AssessmentShared {
  /** 楼栋工作日 visits in the period (the wall: this week, Monday to today) and the buildings they reached. */
  visits: number;
  buildingsVisited: number;
  /** Buildings held by a cadre now. */
  buildingsHeld: number;
  /** Organisations under 整顿转化 now (an open plan). */
  rectifying: number;
}

export const partyAssessmentSchemas = {
  'partyAssessment.overview': z.strictObject({}),
  'partyAssessment.org': z.strictObject({ orgId: id }),
  'partyAssessment.due': z.strictObject({}),
  'partyAssessment.recordMeeting': meetingRecordInput,
  'partyAssessment.rate': rateInput,
  'partyAssessment.scorecard': scorecardInput,
  'partyAssessment.openPlan': planOpenInput,
  'partyAssessment.planStep': planStepInput,
  'partyAssessment.plans': z.strictObject({ status: z.enum(PLAN_STATUSES).optional() }),
} as const;

export interface PartyAssessmentOutputs {
  'partyAssessment.overview': AssessmentRow[];
  'partyAssessment.org': OrgAssessment;
  'partyAssessment.due': MeetingDue[];
  'partyAssessment.recordMeeting': OrgAssessment;
  'partyAssessment.rate': OrgAssessment;
  'partyAssessment.scorecard': OrgAssessment;
  'partyAssessment.openPlan': PlanView;
  'partyAssessment.planStep': PlanView;
  'partyAssessment.plans': PlanView[];
}
