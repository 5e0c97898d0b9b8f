// Deadlines that chase themselves (催办): run from the core's minute timer with its clock.
// A case being handled whose light turns yellow sends one warning to the handler's queue;
// one that goes red is put under 督办 by the core and the duty leaders are told. Each
// threshold acts once per case and due time (case_chase): an approved extension gives a
// new due time, and the chase starts again for it.
import type { CaseStatus } from '../../../shared/domain';
import { appendAudit } from '../audit';
import { caseLight } from '../cases/light';
import type { Db } from '../db/database';
import { accountsWith, notify } from '../notifications/notify';

/** The cases a handler holds: the clock runs from dispatch until feedback. */
const CHASED_STATUSES: readonly CaseStatus[] = ['dispatched', 'handling'];
/** How the core signs the 督办 it raises in a case's timeline. */
export const AUTO_SUPERVISE_ACTOR = '超期自动督办';

interface ChasedCase {
  id: number;
  code: string;
  status: CaseStatus;
  grid_id: number;
  community_id: number;
  due_at: number;
  dispatched_at: number | null;
  supervised: number;
  assignee_department_id: number | null;
}

export interface ChaseOptions {
  /** Thresholds reached before this instant are only recorded (no notice, no 督办): the demo
   *  street starts with the chase caught up to its history. */
  quietBefore?: number;
}

export interface ChaseResult {
  warned: number[];
  supervised: { caseId: number; gridId: number; status: CaseStatus }[];
  /** Accounts that got a notice (push `notification.changed` to them). */
  notified: number[];
}

/** Who works a case's deadline: its department's handler accounts, else the desk that records for the grid. */
export function handlerAccounts(db: Db, c: Pick<ChasedCase, 'assignee_department_id' | 'community_id'>): number[] {
  if (c.assignee_department_id !== null) {
    const handlers = accountsWith(db, { roles: ['handler'], departmentId: c.assignee_department_id });
    if (handlers.length > 0) return handlers;
  }
  return accountsWith(db, { roles: ['dispatcher', 'operator'], communityId: c.community_id });
}

/** The start of the yellow light for a case (see cases/light.ts). */
function yellowFrom(dueAt: number, dispatchedAt: number | null): number {
  for (let lo = dispatchedAt ?? dueAt - 8 * 3600_000, hi = dueAt; ; ) {
    // caseLight is the one definition of the light; find its yellow edge by bisection (ms precision).
    if (hi - lo <= 1) return hi;
    const mid = Math.floor((lo + hi) / 2);
    if (caseLight(mid, dueAt, dispatchedAt) === 'green') lo = mid;
    else hi = mid;
  }
}

export function runChase(db: Db, now: number, options: ChaseOptions = {}): ChaseResult {
  const result: ChaseResult = { warned: [], supervised: [], notified: [] };
  const quietBefore = options.quietBefore ?? -Infinity;
  const cases = db
    .prepare(
      `SELECT c.id, c.code, c.status, c.grid_id, g.community_id, c.due_at, c.dispatched_at, c.supervised, c.assignee_department_id
         FROM case_file c JOIN grid g ON g.id = c.grid_id
        WHERE c.status IN (SELECT value FROM json_each(@statuses)) AND c.due_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM case_chase k WHERE k.case_id = c.id AND k.due_at = c.due_at AND k.threshold = 'red')`,
    )
    .all({ statuses: JSON.stringify(CHASED_STATUSES) }) as ChasedCase[];
  if (cases.length === 0) return result;
  const chased = db.prepare('SELECT 1 FROM case_chase WHERE case_id = ? AND threshold = ? AND due_at = ?');
  const mark = db.prepare('INSERT INTO case_chase (case_id, threshold, due_at, at) VALUES (?, ?, ?, ?)');
  const notified = new Set<number>();
  db.transaction(() => {
    let leaders: number[] | null = null;
    for (const c of cases) {
      const light = caseLight(now, c.due_at, c.dispatched_at);
      if (light === 'green') continue;
      const quiet = (light === 'red' ? c.due_at : yellowFrom(c.due_at, c.dispatched_at)) < quietBefore;
      const params = { caseCode: c.code, dueAt: c.due_at };
      if (!chased.get(c.id, 'yellow', c.due_at)) {
        mark.run(c.id, 'yellow', c.due_at, now);
        // A case found already red gets the 督办 notice below, not a stale warning as well.
        if (light === 'yellow' && !quiet) {
          for (const u of notify(db, handlerAccounts(db, c), { kind: 'deadline.warning', caseId: c.id, params }, now)) notified.add(u);
          appendAudit(db, now, { userId: null, action: 'case.deadlineWarning', entity: 'case_file', entityId: c.id, detail: { dueAt: c.due_at } });
          result.warned.push(c.id);
        }
      }
      if (light !== 'red') continue;
      mark.run(c.id, 'red', c.due_at, now);
      if (quiet) continue;
      if (c.supervised === 0) {
        db.prepare('UPDATE case_file SET supervised = 1, updated_at = ? WHERE id = ?').run(now, c.id);
        db.prepare("INSERT INTO case_event (case_id, kind, from_status, to_status, actor_user_id, actor_name, at, note) VALUES (?, 'supervise', ?, ?, NULL, ?, ?, '')").run(
          c.id,
          c.status,
          c.status,
          AUTO_SUPERVISE_ACTOR,
          now,
        );
        result.supervised.push({ caseId: c.id, gridId: c.grid_id, status: c.status });
      }
      leaders ??= accountsWith(db, { roles: ['leader'] });
      const to = [...leaders, ...handlerAccounts(db, c)];
      for (const u of notify(db, to, { kind: 'deadline.supervised', caseId: c.id, params }, now)) notified.add(u);
      appendAudit(db, now, { userId: null, action: 'case.autoSupervise', entity: 'case_file', entityId: c.id, detail: { dueAt: c.due_at, alreadySupervised: c.supervised === 1 } });
    }
  })();
  result.notified = [...notified];
  return result;
}
