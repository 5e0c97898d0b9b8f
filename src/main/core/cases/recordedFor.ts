// 代录: who a step was really taken by when the signed-in user records it for them. The
// desk enters handlers' steps (受理, 反馈, 回退, 申请延期) for grid workers and departments,
// and the resident's evaluation (评价) is always entered by desk staff. The event keeps the
// recorder as its actor and this person beside it, so the timeline and the ledger say so.
import { HANDLER_STEPS, type CaseActionInput } from '../../../shared/cases';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';

export interface OnBehalfRecord {
  name: string;
  /** Set when the person has an account: the self-verification rule compares accounts. */
  userId: number | null;
}

/** Who an evaluation is for: the resident who reported (no name: the ledger leaves the desk). */
export const RESIDENT = '居民';

const isHandlerStep = (action: CaseActionInput['action']): boolean => (HANDLER_STEPS as readonly string[]).includes(action);

interface AssigneeRow {
  staff_name: string | null;
  department_name: string | null;
}

function assigneeName(db: Db, caseId: number): string | null {
  const row = db
    .prepare(
      `SELECT s.name AS staff_name, d.name AS department_name FROM case_file c
         LEFT JOIN grid_staff s ON s.id = c.assignee_staff_id LEFT JOIN department d ON d.id = c.assignee_department_id WHERE c.id = ?`,
    )
    .get(caseId) as AssigneeRow | undefined;
  return row?.staff_name ?? row?.department_name ?? null;
}

/** null: the signed-in user took the step themselves. */
export function recordedFor(db: Db, input: CaseActionInput, user: UserView): OnBehalfRecord | null {
  if ('onBehalfOf' in input && input.onBehalfOf) {
    const who = input.onBehalfOf;
    if (who.kind === 'person') return { name: who.name, userId: null };
    const account = db.prepare('SELECT id, display_name FROM app_user WHERE id = ?').get(who.id) as { id: number; display_name: string } | undefined;
    if (!account) throw new ApiError('invalid_input', `onBehalfOf.id: no account with id ${who.id}`, [{ path: 'onBehalfOf.id', message: 'does not exist' }]);
    // Recording a step "for" yourself is just taking it.
    return account.id === user.id ? null : { name: account.display_name, userId: account.id };
  }
  if (input.action === 'evaluate') return { name: RESIDENT, userId: null };
  if (isHandlerStep(input.action) && user.role !== 'handler') {
    const name = assigneeName(db, input.caseId);
    return name === null ? null : { name, userId: null };
  }
  return null;
}
