// Meetings that decide: a standing body (联席会议 of the street or of a community, the 研判会,
// a 党群议事会) meets again and again; each meeting takes topics, each topic ends in decisions,
// each decision in follow-up items with an owner and a due day — a case, a 督办 on a case, an
// item of the 三张清单 or a plain task. A decision's progress is never stored: the core computes
// it from its items (a closed case is done, a case past its due is late). These schemas only
// shape the input; every rule lives in the core (src/main/core/meetings).
import { z } from 'zod';
import { calendarDate, id as idRule, latitude, longitude, text, wholeIn } from './inputRules';
import type { MatterFigures } from './deliberation';
import type { DecisionItemKind } from './vocab/meetings';

const id = idRule();
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** 街道联席会议, 社区联席会议, 研判会 (the briefing deck's session), 党群议事会. */
export const MEETING_KINDS = ['joint_street', 'joint_community', 'review', 'party_masses'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_STATUSES = ['open', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export { DECISION_ITEM_KINDS, type DecisionItemKind } from './vocab/meetings';
/** Computed, never stored. */
export const PROGRESS_STATES = ['not_started', 'in_progress', 'late', 'done'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
export const DECISION_STATUSES = ['active', 'withdrawn'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
/** Where a topic came from: the agenda, or a key pressed on the briefing deck, or a resident matter. */
export const TOPIC_SOURCES = ['agenda', 'hot_spot', 'overdue_case', 'ranking', 'matter'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

const title = text(80, { min: 2, minMessage: 'is required (at least 2 characters)' });
const owner = text(60, { min: 2, minMessage: 'is required: who carries it out (a unit, a department or a person)' });
const decisionText = text(300, { min: 4, minMessage: 'is required (at least 4 characters): what was decided' });
const reason = text(300, { min: 2, minMessage: 'is required: give a reason' });

export const decisionItemInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('case'), caseId: id, owner, dueOn: calendarDate() }),
    z.strictObject({ kind: z.literal('supervise'), caseId: id, owner, dueOn: calendarDate() }),
    z.strictObject({ kind: z.literal('party_list'), partyListItemId: id, owner, dueOn: calendarDate() }),
    z.strictObject({ kind: z.literal('task'), title, owner, dueOn: calendarDate() }),
  ],
  { error: 'kind must be one of case, supervise, party_list, task' },
);
export type DecisionItemInput = z.output<typeof decisionItemInput>;

const person = z.strictObject({ name: text(30, { min: 1, minMessage: 'is required' }), unit: text(60) });

export const meetingOpenInput = z.strictObject({
  bodyId: id,
  heldOn: calendarDate(),
  title,
  place: text(60).optional(),
  units: z.array(text(60, { min: 2, minMessage: 'is required' })).max(40, 'has too many units (40 at most)').optional(),
  people: z.array(person).max(80, 'has too many people (80 at most)').optional(),
});
export const meetingTopicInput = z.strictObject({
  meetingId: id,
  title,
  notes: text(500).optional(),
  gridId: id.optional(),
  caseId: id.optional(),
});
export const meetingDecideInput = z.strictObject({
  meetingId: id,
  /** An existing topic of the meeting, or a new one's title (made in the same transaction). */
  topicId: id.optional(),
  topicTitle: title.optional(),
  text: decisionText,
  items: z.array(decisionItemInput).max(12, 'has too many items (12 at most)'),
});
export const meetingAddItemInput = z.strictObject({ decisionId: id, item: decisionItemInput });
export const meetingItemStepInput = z.strictObject({ itemId: id, action: enumOf(['start', 'complete'] as const) });
export const meetingWithdrawInput = z.strictObject({ decisionId: id, reason });
export const meetingListInput = z.strictObject({ bodyId: id.optional(), limit: wholeIn(1, 200).optional() });

/** A decision recorded from the briefing deck on what the leader is looking at. */
export const briefingTargetInput = z.discriminatedUnion(
  'kind',
  [
    // The deck names a case by its code and a hot spot by its centre: what its slides carry.
    z.strictObject({ kind: z.literal('overdue_case'), caseCode: text(40, { min: 1, minMessage: 'is required' }) }),
    z.strictObject({ kind: z.literal('hot_spot'), lng: longitude(), lat: latitude(), label: text(80).optional() }),
    z.strictObject({ kind: z.literal('ranking'), gridId: id, label: text(80).optional() }),
  ],
  { error: 'kind must be one of overdue_case, hot_spot, ranking' },
);
export const meetingBriefingDecideInput = z.strictObject({
  target: briefingTargetInput,
  text: decisionText,
  owner,
  dueOn: calendarDate(),
  /** On a case: put it under 督办 too. */
  supervise: z.boolean().optional(),
});

export type MeetingOpenInput = z.output<typeof meetingOpenInput>;
export type MeetingTopicInput = z.output<typeof meetingTopicInput>;
export type MeetingDecideInput = z.output<typeof meetingDecideInput>;
export type MeetingAddItemInput = z.output<typeof meetingAddItemInput>;
export type MeetingItemStepInput = z.output<typeof meetingItemStepInput>;
export type MeetingBriefingDecideInput = z.output<typeof meetingBriefingDecideInput>;
export type BriefingTarget = z.output<typeof briefingTargetInput>;

export interface MeetingBodyView {
  id: number;
  kind: MeetingKind;
  name: string;
  communityId: number | null;
  communityName: string | null;
  meetings: number;
  lastHeldOn: string | null;
}

export interface MeetingHeader {
  id: number;
  code: string;
  bodyId: number;
  bodyName: string;
  kind: MeetingKind;
  communityId: number | null;
  heldOn: string;
  title: string;
  place: string;
  status: MeetingStatus;
  topics: number;
  decisions: number;
}

export interface DecisionItemView {
  id: number;
  kind: DecisionItemKind;
  /** The case's code, the list item's title, or the task's title. */
  label: string;
  caseId: number | null;
  partyListItemId: number | null;
  owner: string;
  dueOn: string;
  progress: ProgressState;
  /** Why, as data: the case's or list item's status, or the task's state. */
  linkedStatus: string;
}

export interface DecisionView {
  id: number;
  code: string;
  meetingId: number;
  topicId: number;
  text: string;
  status: DecisionStatus;
  progress: ProgressState;
  items: DecisionItemView[];
  /** The resident matter decided by it, if any. */
  matterId: number | null;
}

export interface MeetingTopicView {
  id: number;
  title: string;
  notes: string;
  source: TopicSource;
  gridId: number | null;
  gridName: string | null;
  caseId: number | null;
  matterId: number | null;
  decisions: DecisionView[];
}

export interface MeetingDetail {
  meeting: MeetingHeader;
  units: string[];
  people: { name: string; unit: string }[];
  topics: MeetingTopicView[];
  /** The previous meeting of the same body and its decisions with their progress now. */
  previous: { meeting: MeetingHeader; decisions: DecisionView[] } | null;
}

/** Decisions of a scope by progress, for the wall and the briefing: counts only. */
export interface DecisionFigures {
  active: number;
  done: number;
  inProgress: number;
  notStarted: number;
  late: number;
  /** Not done, with an item due within the next 7 days. */
  dueSoon: number;
}

export interface MeetingWriteResult {
  id: number;
}
export interface BriefingDecisionResult {
  meetingId: number;
  decisionId: number;
}

export const meetingSchemas = {
  'meeting.bodies': z.strictObject({}),
  'meeting.list': meetingListInput,
  'meeting.detail': z.strictObject({ id }),
  'meeting.briefingSession': z.strictObject({}),
  /** A street account may ask for one community's (the briefing deck of a community); a community account gets its own. */
  'meeting.figures': z.strictObject({ communityId: id.optional() }),
  'meeting.open': meetingOpenInput,
  'meeting.close': z.strictObject({ id }),
  'meeting.addTopic': meetingTopicInput,
  'meeting.decide': meetingDecideInput,
  'meeting.addItem': meetingAddItemInput,
  'meeting.itemStep': meetingItemStepInput,
  'meeting.withdrawDecision': meetingWithdrawInput,
  'meeting.briefingDecide': meetingBriefingDecideInput,
} as const;

export type MeetingMethod = keyof typeof meetingSchemas;

export interface MeetingOutputs {
  'meeting.bodies': MeetingBodyView[];
  'meeting.list': MeetingHeader[];
  'meeting.detail': MeetingDetail;
  'meeting.briefingSession': MeetingDetail | null;
  'meeting.figures': DecisionFigures;
  'meeting.open': MeetingWriteResult;
  'meeting.close': MeetingWriteResult;
  'meeting.addTopic': MeetingWriteResult;
  'meeting.decide': MeetingWriteResult;
  'meeting.addItem': MeetingWriteResult;
  'meeting.itemStep': MeetingWriteResult;
  'meeting.withdrawDecision': MeetingWriteResult;
  'meeting.briefingDecide': BriefingDecisionResult;
}

/** Decisions by progress and matters by stage, for the wall and the briefing deck: counts only, no names. */
export interface MeetingsShared {
  decisions: DecisionFigures;
  matters: MatterFigures;
}
