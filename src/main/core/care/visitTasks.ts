// Visit tasks (走访任务): a visit due to a household (or one resident in it) by a time, raised
// by hand or by an acknowledged alert. The community's accounts are told (通知中心); the next
// visit recorded to that household (to that resident, when the task names one) completes it.
import type { VisitTaskView } from '../../../shared/care';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { accountsWith, notify } from '../notifications/notify';

export interface VisitTaskInput {
  householdId?: number | undefined;
  /** With a resident, the household is theirs (householdId may be left out). */
  residentId?: number | undefined;
  reason: 'alert' | 'manual';
  note?: string | undefined;
  dueAt: number;
  sourceAlertId?: number | undefined;
}

export interface VisitTaskCreated {
  task: VisitTaskView;
  /** Accounts notified: push `notification.changed` with them after the transaction commits. */
  notified: number[];
}

interface TaskRow {
  id: number;
  household_id: number;
  resident_id: number | null;
  reason: 'alert' | 'manual';
  note: string;
  due_at: number;
  source_alert_id: number | null;
  created_at: number;
  done_at: number | null;
  done_visit_id: number | null;
  address: string;
  grid_id: number;
}

const TASK_SELECT = `SELECT t.id, t.household_id, t.resident_id, t.reason, t.note, t.due_at, t.source_alert_id, t.created_at, t.done_at, t.done_visit_id, h.address, b.grid_id
  FROM visit_task t JOIN household h ON h.id = t.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id`;

function taskView(r: TaskRow): VisitTaskView {
  return {
    id: r.id,
    householdId: r.household_id,
    residentId: r.resident_id,
    address: r.address,
    gridId: r.grid_id,
    reason: r.reason,
    note: r.note,
    dueAt: r.due_at,
    sourceAlertId: r.source_alert_id,
    createdAt: r.created_at,
    doneAt: r.done_at,
    doneVisitId: r.done_visit_id,
  };
}

export function taskById(db: Db, id: number): VisitTaskView {
  const r = db.prepare(`${TASK_SELECT} WHERE t.id = ?`).get(id) as TaskRow | undefined;
  if (!r) throw new ApiError('not_found', `visit task ${id} does not exist`);
  return taskView(r);
}

/** Open tasks in the scope (a community, or null for the street), most urgent first. */
export function openTasks(db: Db, scope: number | null, gridId?: number): VisitTaskView[] {
  const rows = db
    .prepare(
      `${TASK_SELECT} WHERE t.done_at IS NULL AND (@scope IS NULL OR g.community_id = @scope) AND (@grid IS NULL OR b.grid_id = @grid) ORDER BY t.due_at, t.id LIMIT 200`,
    )
    .all({ scope, grid: gridId ?? null }) as TaskRow[];
  return rows.map(taskView);
}

export function tasksOfHousehold(db: Db, householdId: number): VisitTaskView[] {
  return (db.prepare(`${TASK_SELECT} WHERE t.household_id = ? ORDER BY t.id DESC LIMIT 50`).all(householdId) as TaskRow[]).map(taskView);
}

/**
 * Creates a visit task in one transaction with its audit entry and the notices to the
 * household's community accounts (the administrators when the community has none).
 * `actor` is null when the core raises it itself.
 */
export function createVisitTask(db: Db, input: VisitTaskInput, actor: UserView | null, now: number): VisitTaskCreated {
  return db.transaction((): VisitTaskCreated => {
    let householdId = input.householdId;
    if (input.residentId !== undefined) {
      const r = db.prepare('SELECT household_id FROM resident WHERE id = ?').get(input.residentId) as { household_id: number } | undefined;
      if (!r) {
        const gone = db.prepare('SELECT left_on FROM resident_departed WHERE id = ?').get(input.residentId) as { left_on: string } | undefined;
        if (gone) throw new ApiError('conflict', `residentId: resident ${input.residentId} left the street on ${gone.left_on}; no visit can be due`, [{ path: 'residentId', message: 'left the street', reason: 'resident_departed' }]);
        throw new ApiError('not_found', `residentId: no resident with id ${input.residentId}`, [{ path: 'residentId', message: 'does not exist' }]);
      }
      if (householdId !== undefined && householdId !== r.household_id) {
        throw new ApiError('invalid_input', `residentId: resident ${input.residentId} lives in household ${r.household_id}, not ${householdId}`, [{ path: 'residentId', message: 'is not in this household' }]);
      }
      householdId = r.household_id;
    }
    if (householdId === undefined) throw new ApiError('invalid_input', 'householdId: name the household (or a resident) the visit is for', [{ path: 'householdId', message: 'is required' }]);
    const h = db
      .prepare('SELECT h.id, h.status, g.community_id FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE h.id = ?')
      .get(householdId) as { id: number; status: string; community_id: number } | undefined;
    if (!h) throw new ApiError('not_found', `householdId: no household with id ${householdId}`, [{ path: 'householdId', message: 'does not exist' }]);
    if (h.status === 'moved_out') throw new ApiError('conflict', `householdId: household ${householdId} has moved out; no visit can be due`, [{ path: 'householdId', message: 'has moved out' }]);
    const id = Number(
      db
        .prepare('INSERT INTO visit_task (household_id, resident_id, reason, note, due_at, source_alert_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(householdId, input.residentId ?? null, input.reason, input.note ?? '', input.dueAt, input.sourceAlertId ?? null, actor?.id ?? null, now).lastInsertRowid,
    );
    appendAudit(db, now, {
      userId: actor?.id ?? null,
      action: 'care.task',
      entity: 'visit_task',
      entityId: id,
      detail: { householdId, residentId: input.residentId ?? null, reason: input.reason, sourceAlertId: input.sourceAlertId ?? null },
    });
    let to = accountsWith(db, { roles: ['community'], onlyCommunity: h.community_id });
    if (to.length === 0) to = accountsWith(db, { roles: ['admin'] });
    const notified = notify(db, to, { kind: 'visit.task', params: { taskId: id, householdId, dueAt: input.dueAt, reason: input.reason } }, now);
    return { task: taskById(db, id), notified };
  })();
}

/** Completes the household's open tasks a visit answers; runs inside the visit's transaction. */
export function completeTasks(db: Db, householdId: number, residentId: number, visitId: number, visitedAt: number, now: number): number[] {
  const ids = (
    db
      .prepare('SELECT id FROM visit_task WHERE household_id = ? AND done_at IS NULL AND (resident_id IS NULL OR resident_id = ?) AND created_at <= ? ORDER BY id')
      .all(householdId, residentId, Math.max(visitedAt, 0)) as { id: number }[]
  ).map((r) => r.id);
  const done = db.prepare('UPDATE visit_task SET done_at = ?, done_visit_id = ? WHERE id = ?');
  for (const id of ids) done.run(now, visitId, id);
  return ids;
}
