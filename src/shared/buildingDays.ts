// 楼栋工作日 / 分片包干: street cadres assigned buildings (分片包干), a visiting day a week, and
// what each visit found. A cadre is a register row of its own (街道干部: 党工委书记, 办事处主任,
// 科室负责人 …), linked to an account when the cadre signs in (a leader): most of the 班子 never
// use the desk, and their visits are recorded for them; the leader who does sees their own
// list. Each problem found becomes a case (领导交办, made there and then), a need on the
// 三张清单 or a 微心愿 (linked by id), or stays a plain note.
import { z } from 'zod';
import { calendarDate, id as idRule, note as noteRule, text, wholeIn } from './inputRules';
import { CADRE_POSTS, PROBLEM_OUTCOMES, type CadrePost, type ProblemOutcome } from './vocab/buildingDays';

export { CADRE_POSTS, PROBLEM_OUTCOMES, VISIT_CYCLE_DAYS, type CadrePost, type ProblemOutcome } from './vocab/buildingDays';

/**
 * 领导包片、干部包楼: the street's leaders hold a 片 (grids), the other cadres buildings, so a
 * building has at most one holder of each tier at a time: a leader's grid may hold a section
 * head's buildings, but two leaders never hold the same building (nor so the same grid), nor
 * two other cadres.
 */
export const LEADER_POSTS: readonly CadrePost[] = ['party_secretary', 'director', 'deputy'];
export type ShareTier = 'leader' | 'cadre';
export const shareTier = (post: CadrePost): ShareTier => (LEADER_POSTS.includes(post) ? 'leader' : 'cadre');

const id = idRule();

export const cadreSaveInput = z.strictObject({
  /** Omitted for a new cadre. */
  id: id.optional(),
  name: text(50, { min: 2, minMessage: 'is required: the cadre’s name' }),
  post: z.enum(CADRE_POSTS, { error: `must be one of ${CADRE_POSTS.join(', ')}` }),
  /** 1 = Monday … 7 = Sunday: the cadre's 楼栋工作日. */
  visitWeekday: wholeIn(1, 7),
  /** The account the cadre signs in with (a leader), if any. */
  userId: id.nullable().optional(),
});

export const assignInput = z
  .strictObject({
    cadreId: id,
    /** Buildings to add to the cadre's share. */
    buildingIds: z.array(id).max(500, 'lists too many buildings (500 at most)').optional(),
    /** Or every building of a grid (分片: a whole grid at once). */
    gridId: id.optional(),
    /** Buildings to take off the cadre's share (the history keeps when). */
    releaseBuildingIds: z.array(id).max(500, 'lists too many buildings (500 at most)').optional(),
    /** 改派: buildings another cadre of the same tier holds are released from them in the same transaction (else refused, naming the holder). */
    reassign: z.boolean().optional(),
  })
  .refine((a) => (a.buildingIds?.length ?? 0) + (a.releaseBuildingIds?.length ?? 0) > 0 || a.gridId !== undefined, {
    path: ['buildingIds'],
    message: 'is required: name buildings or a grid to assign, or buildings to release',
  });

export const problemInput = z.discriminatedUnion(
  'outcome',
  [
    z.strictObject({
      outcome: z.literal('case'),
      summary: text(500, { min: 4, minMessage: 'is required: what the problem is (at least 4 characters)' }),
      /** The case's subcategory (小类). */
      categoryId: id,
    }),
    z.strictObject({ outcome: z.literal('need'), summary: text(500, { min: 4, minMessage: 'is required: what the problem is (at least 4 characters)' }), needId: id }),
    z.strictObject({ outcome: z.literal('wish'), summary: text(500, { min: 4, minMessage: 'is required: what the problem is (at least 4 characters)' }), wishId: id }),
    z.strictObject({ outcome: z.literal('note'), summary: text(500, { min: 4, minMessage: 'is required: what the problem is (at least 4 characters)' }) }),
  ],
  { error: `outcome must be one of ${PROBLEM_OUTCOMES.join(', ')}` },
);
export type ProblemInput = z.infer<typeof problemInput>;

export const visitRecordInput = z.strictObject({
  /** Omitted by a leader recording their own visit. */
  cadreId: id.optional(),
  buildingId: id,
  visitedOn: calendarDate(),
  householdsMet: wholeIn(0, 500),
  note: noteRule().optional(),
  problems: z.array(problemInput).max(20, 'at most 20 problems in one visit').default([]),
});
export type VisitRecordInput = z.infer<typeof visitRecordInput>;

export interface CadreView {
  id: number;
  name: string;
  post: CadrePost;
  visitWeekday: number;
  userId: number | null;
  buildings: number;
  /** Of those, not visited within VISIT_CYCLE_DAYS. */
  overdue: number;
  lastVisitOn: string | null;
}

export interface VisitProblemView {
  id: number;
  summary: string;
  outcome: ProblemOutcome;
  /** The case, need or wish it became; null for a note. */
  refId: number | null;
  refCode: string | null;
}

export interface VisitView {
  id: number;
  cadreId: number;
  cadreName: string;
  buildingId: number;
  buildingName: string;
  gridName: string;
  visitedOn: string;
  householdsMet: number;
  note: string;
  problems: VisitProblemView[];
}

export interface OverdueVisitRow {
  buildingId: number;
  buildingName: string;
  gridName: string;
  communityName: string;
  lng: number;
  lat: number;
  lastVisitOn: string | null;
  /** Days past the cycle (0 = due today). */
  daysOverdue: number;
}

export interface MyBuildingDays {
  /** null when the account is no cadre's. */
  cadre: CadreView | null;
  /** The next 楼栋工作日 on or after today (YYYY-MM-DD). */
  nextVisitDay: string | null;
  overdue: OverdueVisitRow[];
}

/** A building of a cadre's share, for the visit form. */
export interface ShareBuilding {
  buildingId: number;
  buildingName: string;
  gridName: string;
  lng: number;
  lat: number;
  lastVisitOn: string | null;
}

/** Each assigned building in scope, visited or not in [from, to]: drawn as points on the map. */
export interface VisitMap {
  from: string;
  to: string;
  /** Parallel arrays: building id, lng, lat, visits in the period (0 = not visited). */
  buildingIds: number[];
  lng: number[];
  lat: number[];
  visits: number[];
  visited: number;
  notVisited: number;
}

export const buildingDaySchemas = {
  'buildingDay.cadres': z.strictObject({}),
  'buildingDay.saveCadre': cadreSaveInput,
  'buildingDay.assign': assignInput,
  'buildingDay.recordVisit': visitRecordInput,
  'buildingDay.visits': z
    .strictObject({ buildingId: id.optional(), cadreId: id.optional(), limit: wholeIn(1, 200).default(50) })
    .refine((v) => v.buildingId !== undefined || v.cadreId !== undefined, { path: ['buildingId'], message: 'is required: a building or a cadre' }),
  'buildingDay.mine': z.strictObject({}),
  /** A cadre's buildings (a leader's own when omitted). */
  'buildingDay.share': z.strictObject({ cadreId: id.optional() }),
  'buildingDay.map': z.strictObject({ from: calendarDate(), to: calendarDate() }).refine((p) => p.from <= p.to, { path: ['to'], message: 'is before from' }),
} as const;

export interface BuildingDayOutputs {
  'buildingDay.cadres': CadreView[];
  'buildingDay.saveCadre': CadreView;
  'buildingDay.assign': CadreView;
  'buildingDay.recordVisit': VisitView;
  'buildingDay.visits': VisitView[];
  'buildingDay.mine': MyBuildingDays;
  'buildingDay.share': ShareBuilding[];
  'buildingDay.map': VisitMap;
}
