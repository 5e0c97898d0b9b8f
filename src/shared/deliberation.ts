// 议事 by the 五步工作法 (seed 003): 居民提事 → 网格议事 → 会议定事 → 联动办事 → 群众评事. A matter
// residents raise that is not a city-management case (a lift for an old building, rules for a
// shared space): discussed at grid level (minutes, options, who spoke for what), decided at a
// meeting (a decision of meetings.ts), carried out through that decision's items, evaluated by
// residents. The schemas only shape the input; the stages are enforced in the core
// (src/main/core/deliberation).
import { z } from 'zod';
import { calendarDate, id as idRule, text, wholeIn } from './inputRules';
import type { DecisionView, ProgressState } from './meetings';
import { MATTER_STAGES, type MatterStage } from './vocab/deliberation';

const id = idRule();
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

export { FIVE_STEPS, MATTER_STAGES, type MatterStage } from './vocab/deliberation';
export const MATTER_ACTIONS = ['raise', 'discuss', 'decide', 'act', 'evaluate', 'drop'] as const;
export type MatterAction = (typeof MATTER_ACTIONS)[number];

const title = text(60, { min: 2, minMessage: 'is required (at least 2 characters)' });

export const matterRaiseInput = z.strictObject({
  title,
  description: text(500, { min: 4, minMessage: 'is required (at least 4 characters)' }),
  /** Who raised it, as a group ("3号楼居民 12户联名"), not a person's name. */
  raisedBy: text(60, { min: 2, minMessage: 'is required: who raised it (e.g. 3号楼居民)' }),
  raisedOn: calendarDate(),
  place: z.union([z.strictObject({ buildingId: id }), z.strictObject({ gridId: id })], { error: 'must be a building ({buildingId}) or a grid ({gridId})' }),
});
const speaker = z.strictObject({
  who: text(40, { min: 1, minMessage: 'is required: who spoke' }),
  /** Index into options of the option they spoke for. */
  option: wholeIn(0, 9),
  words: text(200),
});
export const matterDiscussInput = z.strictObject({
  id,
  heldOn: calendarDate(),
  minutes: text(1000, { min: 4, minMessage: 'is required (at least 4 characters)' }),
  options: z.array(text(80, { min: 2, minMessage: 'is required' })).min(1, 'needs at least one option').max(10, 'has too many options (10 at most)'),
  speakers: z.array(speaker).max(40, 'has too many speakers (40 at most)'),
  attendance: wholeIn(1, 2000),
});
export const matterDecideInput = z.strictObject({
  id,
  meetingId: id,
  /** Index of the option the meeting chose, from the last discussion. */
  option: wholeIn(0, 9),
  text: text(300, { min: 4, minMessage: 'is required (at least 4 characters): what was decided' }),
});
export const matterEvaluateInput = z.strictObject({
  id,
  /** Households asked, and how many said satisfied / basically satisfied. */
  asked: wholeIn(1, 5000),
  satisfied: wholeIn(0, 5000),
  basicallySatisfied: wholeIn(0, 5000),
  note: text(300).optional(),
});
export const matterListInput = z.strictObject({
  communityId: id.optional(),
  gridId: id.optional(),
  buildingId: id.optional(),
  stage: enumOf(MATTER_STAGES).optional(),
  limit: wholeIn(1, 500).optional(),
});

export type MatterRaiseInput = z.output<typeof matterRaiseInput>;
export type MatterDiscussInput = z.output<typeof matterDiscussInput>;
export type MatterDecideInput = z.output<typeof matterDecideInput>;
export type MatterEvaluateInput = z.output<typeof matterEvaluateInput>;
export type MatterListInput = z.output<typeof matterListInput>;

export interface MatterView {
  id: number;
  code: string;
  title: string;
  description: string;
  raisedBy: string;
  raisedOn: string;
  communityId: number;
  communityName: string;
  gridId: number;
  gridName: string;
  buildingId: number | null;
  buildingName: string | null;
  stage: MatterStage;
  decisionId: number | null;
  /** The decision's progress when decided (computed from its items). */
  progress: ProgressState | null;
  /** Satisfied + basically satisfied over asked, 0–1, once evaluated. */
  satisfaction: number | null;
  updatedAt: number;
}

export interface MatterEventView {
  id: number;
  action: MatterAction;
  fromStage: MatterStage | null;
  toStage: MatterStage;
  actorName: string;
  at: number;
  note: string;
}

export interface MatterDiscussionView {
  id: number;
  heldOn: string;
  minutes: string;
  attendance: number;
  options: { label: string; speakers: { who: string; words: string }[] }[];
}

export interface MatterDetail {
  matter: MatterView;
  history: MatterEventView[];
  discussions: MatterDiscussionView[];
  decision: DecisionView | null;
  evaluation: { asked: number; satisfied: number; basicallySatisfied: number; note: string } | null;
  /** The steps open now (the drawer offers these). */
  next: MatterAction[];
}

/** Matters by stage, for the wall and the briefing: counts only. */
export type MatterFigures = Record<MatterStage, number>;

export const deliberationSchemas = {
  'matter.list': matterListInput,
  'matter.detail': z.strictObject({ id }),
  'matter.figures': z.strictObject({}),
  'matter.raise': matterRaiseInput,
  'matter.discuss': matterDiscussInput,
  'matter.decide': matterDecideInput,
  'matter.act': z.strictObject({ id }),
  'matter.evaluate': matterEvaluateInput,
  'matter.drop': z.strictObject({ id, reason: text(300, { min: 2, minMessage: 'is required: give a reason' }) }),
} as const;

export type DeliberationMethod = keyof typeof deliberationSchemas;

export interface DeliberationOutputs {
  'matter.list': MatterView[];
  'matter.detail': MatterDetail;
  'matter.figures': MatterFigures;
  'matter.raise': { id: number; stage: MatterStage };
  'matter.discuss': { id: number; stage: MatterStage };
  'matter.decide': { id: number; stage: MatterStage; decisionId: number };
  'matter.act': { id: number; stage: MatterStage };
  'matter.evaluate': { id: number; stage: MatterStage };
  'matter.drop': { id: number; stage: MatterStage };
}
