// Care and visits (关爱走访): residents with care tags, the visiting rule of each tag, visit
// records, visit tasks and the queue of overdue visits. Care data is personal: the core
// gives names (masked 张**) and addresses only to the register roles (admin; a community
// account in its community); every other role gets counts per grid and per visitor.
import { z } from 'zod';
import { RESIDENT_TAGS, type ResidentTag } from './domain';
import { epochMs, id, text, TEXT_LIMITS, wholeIn } from './inputRules';
import { CARE_EVERY_DAYS_MAX, CARE_VISITORS, SMALL_NUMBER_K_MAX, SMALL_NUMBER_K_MIN, type CareVisitor } from './vocab/care';

export { CARE_EVERY_DAYS_MAX, CARE_VISITORS, SMALL_NUMBER_K_MAX, SMALL_NUMBER_K_MIN, type CareVisitor } from './vocab/care';

export const VISIT_MODES = ['in_person', 'phone'] as const;
export type VisitMode = (typeof VISIT_MODES)[number];

export const SMALL_NUMBER_K_DEFAULT = 5;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

export interface CareRuleView {
  tag: ResidentTag;
  visitor: CareVisitor;
  everyDays: number;
}

export interface CareSettingsView {
  rules: CareRuleView[];
  /** Shared screens hide any building or grid cell with fewer vulnerable residents than this. */
  smallNumberK: number;
}

/** One visit owed by one visitor kind to one resident (the shortest interval among the resident's tags). */
export interface DueVisit {
  residentId: number;
  /** 张**; names are never given in full here. */
  name: string;
  age: number;
  tags: ResidentTag[];
  householdId: number;
  buildingId: number;
  address: string;
  gridId: number;
  visitor: CareVisitor;
  /** The post expected to visit (the building's 楼栋长, the grid's 网格员); null for the community or a vacant post. */
  visitorStaffId: number | null;
  visitorName: string;
  everyDays: number;
  lastVisitAt: number | null;
  /** China-time date by which the next visit is due; null when never visited (due at once). */
  dueDate: string | null;
  /** Whole days past the due date (0 on the due date itself); null when never visited. */
  daysOverdue: number | null;
}

export interface CareGridCount {
  gridId: number;
  gridName: string;
  communityName: string;
  residents: number;
  overdue: number;
}

export interface CareVisitorCount {
  visitor: CareVisitor;
  staffId: number | null;
  /** A post holder's name (work contact), or the community's name for 社区. */
  name: string;
  gridId: number | null;
  overdue: number;
}

export interface CareQueue {
  /** 'names': the register roles see who is overdue; 'counts': every other role sees figures only. */
  detail: 'names' | 'counts';
  asOf: number;
  totalResidents: number;
  totalOverdue: number;
  byGrid: CareGridCount[];
  byVisitor: CareVisitorCount[];
  /** The overdue visits, most overdue first (at most 200; empty for 'counts'). */
  items: DueVisit[];
  /** Open visit tasks (from alerts or by hand), most urgent first (empty for 'counts'). */
  tasks: VisitTaskView[];
}

/** Days ahead a visit counts as 即将到期 on a shared screen. */
export const CARE_DUE_SOON_DAYS = 7;

/** One grid's care figures on a shared screen; a count under k is hidden (null). */
export interface SharedCareGrid {
  gridId: number;
  gridName: string;
  /** Vulnerable (care-tagged) residents. */
  residents: number | null;
  /** Residents with at least one visit overdue. */
  overdue: number | null;
  /** Residents with none overdue and a visit due within CARE_DUE_SOON_DAYS. */
  dueSoon: number | null;
}

/** Care on the wall and in briefings (wall.care, the briefing's care figure): counts only, no person, small numbers hidden. */
export interface SharedCareFigure {
  k: number;
  asOf: number;
  residents: number | null;
  overdue: number | null;
  dueSoon: number | null;
  grids: SharedCareGrid[];
}

export interface CareResidentRow {
  residentId: number;
  name: string;
  age: number;
  gender: 'M' | 'F';
  tags: ResidentTag[];
  householdId: number;
  buildingId: number;
  address: string;
  gridId: number;
  lastVisitAt: number | null;
  overdue: boolean;
}

export interface CareList {
  detail: 'names' | 'counts';
  total: number;
  /** Residents per tag (a resident with two tags counts under both). */
  byTag: { tag: ResidentTag; residents: number }[];
  byGrid: CareGridCount[];
  /** At most `limit` rows from `offset`; empty for 'counts'. */
  rows: CareResidentRow[];
}

export interface VisitView {
  id: number;
  residentId: number;
  householdId: number;
  visitor: CareVisitor;
  visitorName: string;
  visitedAt: number;
  mode: VisitMode;
  findings: string;
  caseId: number | null;
  caseCode: string | null;
  recordedAt: number;
}

export interface VisitTaskView {
  id: number;
  householdId: number;
  residentId: number | null;
  address: string;
  gridId: number;
  reason: 'alert' | 'manual';
  note: string;
  dueAt: number;
  sourceAlertId: number | null;
  createdAt: number;
  doneAt: number | null;
  doneVisitId: number | null;
}

export interface CareHistory {
  residentId: number;
  tags: ResidentTag[];
  due: DueVisit[];
  visits: VisitView[];
  tasks: VisitTaskView[];
}

export interface VisitRecorded {
  visit: VisitView;
  /** Tasks of the household this visit completed. */
  completedTaskIds: number[];
}

const visitor = enumOf(CARE_VISITORS);
const tag = enumOf(RESIDENT_TAGS);

export const careQueueInput = z.strictObject({ gridId: id().optional(), visitor: visitor.optional() });
export const careListInput = z.strictObject({
  gridId: id().optional(),
  tag: tag.optional(),
  limit: wholeIn(1, 200).optional(),
  offset: wholeIn(0, 1_000_000).optional(),
});
export const careHistoryInput = z.strictObject({ residentId: id() });
export const careRecordVisitInput = z.strictObject({
  residentId: id(),
  visitor,
  /** The post holder who visited; defaults to the building's 楼栋长 or the grid's 网格员. */
  visitorStaffId: id().optional(),
  /** For 社区 visits: who went (defaults to the signed-in account's name). */
  visitorName: text(TEXT_LIMITS.name).optional(),
  visitedAt: epochMs().optional(),
  mode: enumOf(VISIT_MODES),
  findings: text(TEXT_LIMITS.description),
  /** Anything raised becomes a case (巡查上报) at the resident's building. */
  raiseCase: z.strictObject({ categoryId: id(), description: text(TEXT_LIMITS.description, { min: 2, minMessage: 'is required: describe the problem' }) }).optional(),
});
export const careCreateTaskInput = z.strictObject({
  householdId: id(),
  residentId: id().optional(),
  note: text(TEXT_LIMITS.note),
  dueAt: epochMs(),
});
export const careSaveSettingsInput = z.strictObject({
  rules: z
    .array(z.strictObject({ tag, visitor, everyDays: wholeIn(1, CARE_EVERY_DAYS_MAX).nullable() }))
    .max(RESIDENT_TAGS.length * CARE_VISITORS.length, 'lists too many rules')
    .optional(),
  smallNumberK: wholeIn(SMALL_NUMBER_K_MIN, SMALL_NUMBER_K_MAX).optional(),
});

export const careSchemas = {
  'care.queue': careQueueInput,
  'care.list': careListInput,
  'care.history': careHistoryInput,
  'care.recordVisit': careRecordVisitInput,
  'care.createTask': careCreateTaskInput,
  'care.settings': z.strictObject({}),
  'care.saveSettings': careSaveSettingsInput,
  'wall.care': z.strictObject({ communityId: id().optional() }),
} as const;

export type CareRecordVisitInput = z.output<typeof careRecordVisitInput>;

export interface CareOutputs {
  'care.queue': CareQueue;
  'care.list': CareList;
  'care.history': CareHistory;
  'care.recordVisit': VisitRecorded;
  'care.createTask': VisitTaskView;
  'care.settings': CareSettingsView;
  'care.saveSettings': CareSettingsView;
  'wall.care': SharedCareFigure;
}
