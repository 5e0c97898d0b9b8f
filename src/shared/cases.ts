// The case workflow's contract: queues, intake, the actions a case can take, handler
// suggestions and dispatch rules. The state machine itself lives in the core
// (src/main/core/cases/workflow.ts); these are the shapes that cross the boundary.
import { z } from 'zod';
import { CASE_SOURCES, CASE_STATUSES, type CaseClass, type CaseLight, type CaseSource, type CaseStatus } from './domain';
import type { ActorLabel } from './caseNotes';
import type { CaseDetail, CaseEventView } from './views';
import { TEXT_LIMITS, address, calendarDate, epochMs, id as idRule, latitude, longitude, note as noteRule, personName, reason as reasonRule, text, wholeIn } from './inputRules';
import { CASE_QUEUES, WORK_UNITS, type CaseQueue, type WorkUnit } from './vocab/cases';
import type { DepartmentKind } from './vocab/orgRegisters';

const id = idRule();
const note = noteRule();
const reason = reasonRule();
const lng = longitude();
const lat = latitude();

export { CASE_QUEUES, HANDLER_STEPS, WORK_UNITS, type CaseQueue, type WorkUnit } from './vocab/cases';

export const ASSIGNEE_KINDS = ['staff', 'department'] as const;
export const assigneeSchema = z.strictObject({ kind: z.enum(ASSIGNEE_KINDS), id });
export type Assignee = z.infer<typeof assigneeSchema>;

/** The kinds of department a case can go to (the registers' one list). */
export { DEPARTMENT_KINDS, type DepartmentKind } from './vocab/orgRegisters';

export const caseQueueInput = z.strictObject({
  queue: z.enum(CASE_QUEUES).default('all'),
  statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).optional(),
  communityId: id.optional(),
  gridId: id.optional(),
  /** A large category or a subcategory. */
  categoryId: id.optional(),
  source: z.enum(CASE_SOURCES).optional(),
  /** Reported at or after (epoch ms). */
  from: epochMs().optional(),
  /** Reported before (epoch ms). */
  to: epochMs().optional(),
  /** Case code, address or description. */
  q: text(TEXT_LIMITS.query).optional(),
  limit: wholeIn(1, 500).default(100),
  offset: wholeIn(0, 1_000_000).default(0),
});

const photo = z.strictObject({
  name: text(120, { min: 1, minMessage: 'is required: the file name' }),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp'], { error: 'must be a JPEG, PNG or WebP image' }),
  /** Base64 of the file; at most 5 MiB decoded. */
  dataBase64: z.string().max(7_000_000, 'is too large (5 MiB at most)'),
});

export const caseReportInput = z.strictObject({
  source: z.enum(CASE_SOURCES),
  /** A subcategory (小类). */
  categoryId: id,
  lng,
  lat,
  /** The building the case is about (from the map click); it must lie in the grid of the point. */
  buildingId: id.optional(),
  /** When empty, the nearest building's address is used. */
  address: address().optional(),
  description: text(TEXT_LIMITS.description, { min: 4, minMessage: 'is required: describe the problem (at least 4 characters)' }),
  reporterName: personName().optional(),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'must be a mobile (11 digits) or landline number')
    .optional(),
  photos: z.array(photo).max(6, 'at most 6 photos').optional(),
});

export const caseDuplicatesInput = z.strictObject({ categoryId: id, lng, lat, excludeCaseId: id.optional() });

const withCase = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ caseId: id, ...shape });

/**
 * The person a handler's step was really taken by, when the desk records it for them (代录):
 * an account, or someone without one by name. Omitted when the desk records a handler's
 * step, the core takes the case's assignee.
 */
export const onBehalfSchema = z.discriminatedUnion(
  'kind',
  [z.strictObject({ kind: z.literal('user'), id }), z.strictObject({ kind: z.literal('person'), name: text(TEXT_LIMITS.name, { min: 1, minMessage: 'is required: who the step is recorded for' }) })],
  { error: 'must be a user (by id) or a person (by name)' },
);
export type OnBehalf = z.infer<typeof onBehalfSchema>;
const onBehalfOf = onBehalfSchema.optional();

/** Every action a case can take. The core's state machine decides which are legal now. */
export const caseActionInput = z.discriminatedUnion('action', [
  withCase({ action: z.literal('register'), note: note.optional() }),
  withCase({ action: z.literal('cancel'), note: reason }),
  withCase({ action: z.literal('merge'), intoCaseId: id, note: note.optional() }),
  withCase({ action: z.literal('dispatch'), assignee: assigneeSchema, coDepartmentIds: z.array(id).max(6).optional(), note: note.optional() }),
  withCase({ action: z.literal('return'), note: reason, onBehalfOf }),
  withCase({ action: z.literal('accept'), note: note.optional(), onBehalfOf }),
  withCase({ action: z.literal('feedback'), note: reason, onBehalfOf }),
  withCase({ action: z.literal('verifyPass'), note: note.optional() }),
  withCase({ action: z.literal('verifyFail'), note: reason }),
  withCase({ action: z.literal('evaluate'), satisfaction: wholeIn(1, 5), note: note.optional() }),
  withCase({ action: z.literal('requestExtension'), amount: wholeIn(1, 60), unit: z.enum(WORK_UNITS), note: reason, onBehalfOf }),
  withCase({ action: z.literal('approveExtension'), note: note.optional() }),
  withCase({ action: z.literal('refuseExtension'), note: reason }),
  withCase({ action: z.literal('suspend'), note: reason }),
  withCase({ action: z.literal('escalate'), note: reason }),
  withCase({ action: z.literal('supervise'), note: reason }),
  withCase({ action: z.literal('reassign'), assignee: assigneeSchema, note: reason }),
]);
export type CaseActionInput = z.output<typeof caseActionInput>;
export type CaseActionName = CaseActionInput['action'];
export const CASE_ACTIONS: readonly CaseActionName[] = caseActionInput.options.map((o) => o.shape.action.value);

/** A reason is required, as for a single reassign: the cases already with a handler are reassigned. */
export const caseBulkAssignInput = z.strictObject({ caseIds: z.array(id).min(1, 'pick at least one case').max(200, 'at most 200 cases at once'), assignee: assigneeSchema, note: reason });

export const dispatchRuleInput = z.strictObject({
  id: id.optional(),
  /** A large category or a subcategory; omitted = any category. */
  categoryId: id.optional(),
  /** Omitted = the whole street. */
  communityId: id.optional(),
  gridId: id.optional(),
  assignee: assigneeSchema,
  enabled: z.boolean().default(true),
  note: note.optional(),
});

export const calendarDayInput = z.strictObject({
  date: calendarDate(),
  /** true = a make-up working day (调休上班), false = a holiday, null = back to the default. */
  working: z.boolean().nullable(),
  note: note.optional(),
});

// ---- Views ----

export interface CaseRow {
  id: number;
  code: string;
  status: CaseStatus;
  light: CaseLight | null;
  caseClass: CaseClass;
  categoryName: string;
  subcategoryName: string;
  /** Catalogue codes of the large category and the subcategory (the UI names them in its language). */
  categoryCode: string;
  subcategoryCode: string;
  source: CaseSource;
  address: string;
  description: string;
  gridId: number;
  gridName: string;
  communityName: string;
  assigneeName: string | null;
  reportedAt: number;
  dueAt: number | null;
  closedAt: number | null;
  supervised: boolean;
  reworkCount: number;
  extensionPending: boolean;
  center: [number, number];
}

export interface CaseQueueResult {
  total: number;
  items: CaseRow[];
  counts: Record<CaseQueue, number>;
}

export interface SubcategoryNode {
  id: number;
  code: string;
  name: string;
  limitValue: number;
  limitUnit: WorkUnit;
  dispatchTo: 'owner' | 'territory';
  ownerDepartmentId: number | null;
  ownerDepartmentName: string | null;
}
export interface CategoryNode {
  id: number;
  code: string;
  caseClass: CaseClass;
  name: string;
  children: SubcategoryNode[];
}

export interface AssigneeOption extends Assignee {
  name: string;
  /** e.g. "网格员 · 杨家坪社区第03网格" or "区级部门" (zh-CN, for logs; the UI words `describe`). */
  detail: string;
  /** What `detail` says, as codes: a grid role and the grid's name, or the kind of department. */
  describe: { kind: 'staff'; role: 'grid_head' | 'grid_worker'; gridName: string } | { kind: 'department'; departmentKind: DepartmentKind };
  openWorkload: number;
}

export interface HandlerSuggestion {
  /** Why this one: 事件先属地 (the grid's worker) or 部件先属主 (the owner department), or a dispatch rule. */
  basis: 'territory' | 'owner' | 'rule';
  suggested: AssigneeOption;
  alternatives: AssigneeOption[];
}

export interface DuplicateCandidate extends CaseRow {
  distanceM: number;
}

export interface CaseReportResult {
  caseId: number;
  code: string;
  gridId: number;
  duplicates: DuplicateCandidate[];
}

export interface BulkAssignResult {
  updated: number[];
  failed: { caseId: number; code: string; message: string }[];
}

export interface DispatchRuleView {
  id: number;
  categoryId: number | null;
  /** The category's catalogue code (the UI names it in its language) and stored name. */
  categoryCode: string | null;
  categoryName: string | null;
  communityId: number | null;
  gridId: number | null;
  areaName: string | null;
  assignee: AssigneeOption;
  enabled: boolean;
  note: string;
}

/** A timeline event with who it was recorded for (代录), when the recorder (actorName) took it for someone else. */
export type RecordedCaseEvent = CaseEventView & { onBehalfOf: string | null; onBehalf: ActorLabel | null };
/** A case's detail whose timeline says which steps were recorded on someone's behalf. */
export type RecordedCaseDetail = Omit<CaseDetail, 'events'> & { events: RecordedCaseEvent[] };

export interface CalendarDayView {
  date: string;
  working: boolean;
  note: string;
}

export interface CaseAttachmentView {
  id: number;
  name: string;
  mime: string;
  dataBase64: string;
}
