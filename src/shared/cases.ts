// The case workflow's contract: queues, intake, the actions a case can take, handler
// suggestions and dispatch rules. The state machine itself lives in the core
// (src/main/core/cases/workflow.ts); these are the shapes that cross the boundary.
import { z } from 'zod';
import { CASE_SOURCES, CASE_STATUSES, type CaseClass, type CaseLight, type CaseSource, type CaseStatus } from './domain';

const id = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');
const note = z.string({ error: 'must be text' }).trim().max(500, 'is too long (500 characters at most)');
const reason = z.string({ error: 'is required: give a reason' }).trim().min(2, 'is required: give a reason').max(500, 'is too long (500 characters at most)');
const lng = z.number({ error: 'must be a number' }).min(-180).max(180);
const lat = z.number({ error: 'must be a number' }).min(-90).max(90);

export const CASE_QUEUES = ['new', 'toDispatch', 'inProgress', 'overdue', 'awaitingVerification', 'supervised', 'closed', 'all'] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];

export const ASSIGNEE_KINDS = ['staff', 'department'] as const;
export const assigneeSchema = z.strictObject({ kind: z.enum(ASSIGNEE_KINDS), id });
export type Assignee = z.infer<typeof assigneeSchema>;

export const WORK_UNITS = ['work_hour', 'work_day'] as const;
export type WorkUnit = (typeof WORK_UNITS)[number];

export const caseQueueInput = z.strictObject({
  queue: z.enum(CASE_QUEUES).default('all'),
  statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).optional(),
  communityId: id.optional(),
  gridId: id.optional(),
  /** A large category or a subcategory. */
  categoryId: id.optional(),
  source: z.enum(CASE_SOURCES).optional(),
  /** Reported at or after (epoch ms). */
  from: z.number().int().nonnegative().optional(),
  /** Reported before (epoch ms). */
  to: z.number().int().nonnegative().optional(),
  /** Case code, address or description. */
  q: z.string().trim().max(60, 'is too long').optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

const photo = z.strictObject({
  name: z.string().trim().min(1).max(120),
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
  /** When empty, the nearest building's address is used. */
  address: z.string().trim().max(120, 'is too long').optional(),
  description: z.string().trim().min(4, 'is required: describe the problem').max(1000, 'is too long'),
  reporterName: z.string().trim().max(40, 'is too long').optional(),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'must be a mobile (11 digits) or landline number')
    .optional(),
  photos: z.array(photo).max(6, 'at most 6 photos').optional(),
});

export const caseDuplicatesInput = z.strictObject({ categoryId: id, lng, lat, excludeCaseId: id.optional() });

const withCase = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ caseId: id, ...shape });

/** Every action a case can take. The core's state machine decides which are legal now. */
export const caseActionInput = z.discriminatedUnion('action', [
  withCase({ action: z.literal('register'), note: note.optional() }),
  withCase({ action: z.literal('cancel'), note: reason }),
  withCase({ action: z.literal('merge'), intoCaseId: id, note: note.optional() }),
  withCase({ action: z.literal('dispatch'), assignee: assigneeSchema, coDepartmentIds: z.array(id).max(6).optional(), note: note.optional() }),
  withCase({ action: z.literal('return'), note: reason }),
  withCase({ action: z.literal('accept'), note: note.optional() }),
  withCase({ action: z.literal('feedback'), note: reason }),
  withCase({ action: z.literal('verifyPass'), note: note.optional() }),
  withCase({ action: z.literal('verifyFail'), note: reason }),
  withCase({ action: z.literal('evaluate'), satisfaction: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'), note: note.optional() }),
  withCase({ action: z.literal('requestExtension'), amount: z.number().int().min(1).max(60), unit: z.enum(WORK_UNITS), note: reason }),
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

export const caseBulkAssignInput = z.strictObject({ caseIds: z.array(id).min(1, 'pick at least one case').max(200), assignee: assigneeSchema, note: note.optional() });

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
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
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
  /** e.g. "网格员 · 杨家坪社区第03网格" or "区城市管理局". */
  detail: string;
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
  categoryName: string | null;
  communityId: number | null;
  gridId: number | null;
  areaName: string | null;
  assignee: AssigneeOption;
  enabled: boolean;
  note: string;
}

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
