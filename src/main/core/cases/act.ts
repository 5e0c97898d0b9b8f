// Applying one action to one case: the state machine decides, then the case row, its
// event, its co-departments and the audit entry change in one transaction — or nothing
// changes at all.
import type { Assignee, CaseActionInput, WorkUnit } from '../../../shared/cases';
import { OPEN_CASE_STATUSES, type CaseStatus } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { CaseExtensionRequest, UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { writeNote } from '../reference/eventNotes';
import type { Db } from '../db/database';
import { assigneeOption } from './assignees';
import { loadCalendar } from './calendarStore';
import { matchDispatchRule } from './dispatchRules';
import { recordedFor } from './recordedFor';
import { checkNotSelfVerify } from './selfVerify';
import { planTransition, type CaseFacts } from './workflow';

interface CaseState {
  id: number;
  code: string;
  status: CaseStatus;
  grid_id: number;
  category_id: number;
  supervised: number;
  evaluated_at: number | null;
  extension_request: string | null;
  due_at: number | null;
  limit_value: number | null;
  limit_unit: WorkUnit | null;
}

export interface ActOutcome {
  caseId: number;
  status: CaseStatus;
  gridId: number;
}

export function loadCaseState(db: Db, caseId: number): CaseState {
  const c = db
    .prepare(
      // The limit is the category version the case was given when reported (migration 0011), not the category's limit now.
      `SELECT c.id, c.code, c.status, c.grid_id, c.category_id, c.supervised, c.evaluated_at, c.extension_request, c.due_at, v.limit_value, v.limit_unit
         FROM case_file c LEFT JOIN case_category_version v ON v.id = c.category_version_id WHERE c.id = ?`,
    )
    .get(caseId) as CaseState | undefined;
  if (!c) throw new ApiError('not_found', `case ${caseId} does not exist`);
  return c;
}

export function caseFacts(c: Pick<CaseState, 'status' | 'supervised' | 'evaluated_at' | 'extension_request'>): CaseFacts {
  return { status: c.status, supervised: c.supervised === 1, evaluated: c.evaluated_at !== null, extensionPending: c.extension_request !== null };
}

export function actOnCase(db: Db, input: CaseActionInput, user: UserView, now: number): ActOutcome {
  return db.transaction((): ActOutcome => {
    const c = loadCaseState(db, input.caseId);
    const plan = planTransition(input.action, caseFacts(c), user.role);
    if (!plan.ok) throw new ApiError(plan.code, `case ${c.code}: ${plan.reason}`);
    if (input.action === 'verifyPass' || input.action === 'verifyFail') checkNotSelfVerify(db, c.id, c.code, user);
    const behalf = recordedFor(db, input, user);
    const set: Record<string, unknown> = { status: plan.to, updated_at: now };
    let note = 'note' in input && input.note ? input.note : '';
    const insertEvent = db.prepare(
      'INSERT INTO case_event (case_id, kind, from_status, to_status, actor_user_id, actor_name, at, note, on_behalf_name, on_behalf_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const eventOn = (caseId: number, kind: string, from: CaseStatus, to: CaseStatus, text: string, forWhom: typeof behalf = null) =>
      insertEvent.run(caseId, kind, from, to, user.id, user.displayName, now, text, forWhom?.name ?? null, forWhom?.userId ?? null);
    const event = (kind: string, from: CaseStatus, to: CaseStatus, text: string, forWhom: typeof behalf = null) => eventOn(c.id, kind, from, to, text, forWhom);

    const dispatchTo = (assignee: Assignee): string => {
      const who = assigneeOption(db, assignee);
      set.assignee_staff_id = assignee.kind === 'staff' ? assignee.id : null;
      set.assignee_department_id = assignee.kind === 'department' ? assignee.id : null;
      return who.name;
    };
    const startClock = () => {
      if (c.limit_value === null || c.limit_unit === null) throw new ApiError('conflict', `case ${c.code}: its category has no time limit`);
      set.dispatched_at = now;
      set.due_at = loadCalendar(db).addWorkingTime(now, c.limit_value, c.limit_unit);
    };

    switch (input.action) {
      case 'register': {
        set.registered_at = now;
        // An auto-dispatch rule sends the case on at once, as a second step in the timeline.
        const rule = matchDispatchRule(db, c.category_id, c.grid_id);
        if (rule) {
          event('register', c.status, 'registered', note);
          const name = dispatchTo(rule.assignee);
          startClock();
          set.status = 'dispatched';
          writeCase(db, c.id, set);
          event('dispatch', 'registered', 'dispatched', writeNote([{ kind: 'dispatchedTo', to: { role: null, name } }, { kind: 'autoDispatchRule', ruleId: rule.id }]));
          appendAudit(db, now, { userId: user.id, action: 'case.register', entity: 'case_file', entityId: c.id, detail: { autoDispatchRule: rule.id } });
          return { caseId: c.id, status: 'dispatched', gridId: c.grid_id };
        }
        break;
      }
      case 'merge': {
        if (input.intoCaseId === c.id) throw new ApiError('invalid_input', 'intoCaseId: a case cannot be merged into itself', [{ path: 'intoCaseId', message: 'is this case' }]);
        const target = loadCaseState(db, input.intoCaseId);
        if (!OPEN_CASE_STATUSES.includes(target.status)) {
          throw new ApiError('conflict', `case ${target.code} is ${target.status}; merge only into an open case`);
        }
        set.merged_into_id = target.id;
        note = note || writeNote([{ kind: 'duplicateOf', code: target.code }]);
        eventOn(target.id, 'merge', target.status, target.status, writeNote([{ kind: 'mergedDuplicate', code: c.code }]));
        break;
      }
      case 'dispatch': {
        const name = dispatchTo(input.assignee);
        startClock();
        const co = [...new Set(input.coDepartmentIds ?? [])].filter((d) => !(input.assignee.kind === 'department' && input.assignee.id === d));
        db.prepare('DELETE FROM case_codepartment WHERE case_id = ?').run(c.id);
        const coNames = co.map((d) => {
          const dep = assigneeOption(db, { kind: 'department', id: d });
          db.prepare('INSERT INTO case_codepartment (case_id, department_id) VALUES (?, ?)').run(c.id, d);
          return dep.name;
        });
        note = writeNote([{ kind: 'dispatchedTo', to: { role: null, name } }, ...(coNames.length ? [{ kind: 'coHandling' as const, names: coNames }] : []), { kind: 'text', text: note }]);
        break;
      }
      case 'reassign': {
        const name = dispatchTo(input.assignee);
        note = writeNote([{ kind: 'reassignedTo', to: { role: null, name } }, { kind: 'text', text: note }]);
        break;
      }
      case 'return':
        set.assignee_staff_id = null;
        set.assignee_department_id = null;
        set.due_at = null;
        set.dispatched_at = null;
        db.prepare('DELETE FROM case_codepartment WHERE case_id = ?').run(c.id);
        break;
      case 'verifyPass':
        set.closed_at = now;
        note = note || writeNote([{ kind: 'verifiedClosed' }]);
        break;
      case 'verifyFail':
        set.rework_count = db.prepare('SELECT rework_count + 1 FROM case_file WHERE id = ?').pluck().get(c.id);
        break;
      case 'evaluate':
        set.satisfaction = input.satisfaction;
        set.evaluated_at = now;
        note = writeNote([{ kind: 'satisfaction', stars: input.satisfaction }, { kind: 'text', text: note }]);
        break;
      case 'requestExtension': {
        const request: CaseExtensionRequest = { amount: input.amount, unit: input.unit, note: input.note, requestedAt: now, requestedBy: behalf?.name ?? user.displayName };
        set.extension_request = JSON.stringify(request);
        note = writeNote([{ kind: 'extensionRequested', amount: input.amount, unit: input.unit }, { kind: 'text', text: input.note }]);
        break;
      }
      case 'approveExtension': {
        const request = JSON.parse(c.extension_request!) as CaseExtensionRequest;
        set.due_at = loadCalendar(db).addWorkingTime(Math.max(c.due_at ?? now, now), request.amount, request.unit);
        set.extended = 1;
        set.extension_request = null;
        note = writeNote([{ kind: 'extensionApproved', amount: request.amount, unit: request.unit }, { kind: 'text', text: note }]);
        break;
      }
      case 'refuseExtension':
        set.extension_request = null;
        break;
      case 'supervise':
        set.supervised = 1;
        break;
      case 'cancel':
      case 'accept':
      case 'feedback':
      case 'suspend':
      case 'escalate':
        break;
    }
    writeCase(db, c.id, set);
    event(plan.event, c.status, set.status as CaseStatus, note, behalf);
    // The audit log names accounts, never people by name: the name is in the event.
    const onBehalf = behalf ? { onBehalf: true, onBehalfUserId: behalf.userId } : {};
    appendAudit(db, now, { userId: user.id, action: `case.${input.action}`, entity: 'case_file', entityId: c.id, detail: { from: c.status, to: set.status, ...onBehalf } });
    return { caseId: c.id, status: set.status as CaseStatus, gridId: c.grid_id };
  })();
}

function writeCase(db: Db, id: number, set: Record<string, unknown>): void {
  const columns = Object.keys(set);
  db.prepare(`UPDATE case_file SET ${columns.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...set, id });
}
