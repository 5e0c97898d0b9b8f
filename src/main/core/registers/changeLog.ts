// One edit's trail, written in the caller's transaction: the change history row (field by
// field, before → after, values as stored: record_change is inside the encrypted database
// and record.history masks it by role), the status history row when a status changed, and
// the audit entry. The audit entry carries every changed field's name, and values only for
// fields that are not personal (AUDIT_VALUES): never a name, ID number, phone or address detail.
import type { HistoryValue, RecordKind, RegisterWriteResult } from '../../../shared/registers';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { prepared } from '../search/statements';

/** Who writes and when: the API handler's session user and clock, or the import's. */
export interface RegisterActor {
  user: Pick<UserView, 'id' | 'role' | 'communityId'>;
  now: number;
}

export function today(actor: RegisterActor): string {
  return shanghaiDate(actor.now);
}

export interface FieldChange {
  field: string;
  before: HistoryValue;
  after: HistoryValue;
}

/** The table each record kind lives in, as the audit log names entities. */
export const TABLE_OF: Record<RecordKind, string> = {
  resident: 'resident',
  household: 'household',
  building: 'building',
  tenant: 'tenant',
  gridStaff: 'grid_staff',
  partyOrg: 'party_org',
  partyMember: 'party_member',
  facility: 'facility',
  department: 'department',
  caseCategory: 'case_category',
};

/** Fields whose values may go to the audit log; every other field is logged by name only. */
const AUDIT_VALUES: Record<RecordKind, ReadonlySet<string>> = {
  resident: new Set(['householdId', 'relation', 'status']),
  household: new Set(['buildingId', 'tenure', 'status']),
  building: new Set(['name', 'floors', 'use', 'hasLift', 'builtYear', 'gridId']),
  tenant: new Set(['buildingId', 'name', 'category', 'uscc', 'employees', 'creditGrade', 'floor', 'status']),
  gridStaff: new Set(['role', 'gridId', 'buildingId', 'isPartyMember', 'status']),
  partyOrg: new Set(['kind', 'parentId', 'level', 'code', 'name', 'buildingId', 'gridId', 'communityId', 'rating', 'underRectification', 'status', 'coverage', 'members']),
  partyMember: new Set(['orgId', 'category', 'dualReport', 'reportCommunityId', 'status']),
  facility: new Set(['kind', 'name', 'address', 'openHours', 'location', 'gridId', 'communityId']),
  department: new Set(['code', 'name', 'kind', 'phone', 'status', 'handler']),
  caseCategory: new Set(['parentId', 'code', 'name', 'caseClass', 'limitValue', 'limitUnit', 'version', 'ownerDepartmentId', 'dispatchTo']),
};

function same(a: HistoryValue, b: HistoryValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Collects the fields that really changed. */
export class Changes {
  readonly list: FieldChange[] = [];
  set(field: string, before: HistoryValue, after: HistoryValue): this {
    if (!same(before, after)) this.list.push({ field, before, after });
    return this;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  fields(): string[] {
    return this.list.map((c) => c.field);
  }
}

/** Appends the history row and the audit entry for one record's change. */
export function logChange(db: Db, actor: RegisterActor, kind: RecordKind, recordId: number, action: string, changes: readonly FieldChange[], extra: Record<string, unknown> = {}): void {
  prepared(db, 'INSERT INTO record_change (kind, record_id, at, user_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)').run(kind, recordId, actor.now, actor.user.id, action, JSON.stringify(changes));
  const allowed = AUDIT_VALUES[kind];
  const values: Record<string, { from: HistoryValue; to: HistoryValue }> = {};
  for (const c of changes) if (allowed.has(c.field)) values[c.field] = { from: c.before, to: c.after };
  appendAudit(db, actor.now, {
    userId: actor.user.id,
    action: `${kind}.${action}`,
    entity: TABLE_OF[kind],
    entityId: recordId,
    detail: { fields: changes.map((c) => c.field), values, ...extra },
  });
}

/** Appends a status the record took from `onDate` (never rewritten). The note stays in the encrypted database. */
export function logStatus(db: Db, actor: RegisterActor, kind: RecordKind, recordId: number, status: string, onDate: string, note = ''): void {
  prepared(db, 'INSERT INTO register_status (kind, record_id, status, on_date, at, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)').run(kind, recordId, status, onDate, actor.now, actor.user.id, note);
}

/** A write's answer. */
export function result(kind: RecordKind, id: number, action: string, changes: Changes | readonly FieldChange[], more: Partial<Pick<RegisterWriteResult, 'alsoChanged' | 'resolvedReviews'>> = {}): RegisterWriteResult {
  const list = changes instanceof Changes ? changes.list : changes;
  return { kind, id, action, changed: list.map((c) => c.field), alsoChanged: more.alsoChanged ?? [], resolvedReviews: more.resolvedReviews ?? [] };
}

/** The next id of a record kept in two tables (on the register, and departed or closed): ids are never reused, so history stays attached. */
export function nextId(db: Db, live: string, archived: string): number {
  const max = prepared(db, `SELECT max(COALESCE((SELECT max(id) FROM ${live}), 0), COALESCE((SELECT max(id) FROM ${archived}), 0))`).pluck().get() as number;
  return max + 1;
}
