// Bulk assign: each selected case is dispatched (if registered) or reassigned (if already
// with a handler), each in its own transaction, so one refusal does not undo the others.
// A reason is required, as for a single reassign: it goes with every case's step.
import type { Assignee, BulkAssignResult } from '../../../shared/cases';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { actOnCase, loadCaseState, type ActOutcome } from './act';

export function bulkAssign(db: Db, caseIds: number[], assignee: Assignee, reason: string, user: UserView, now: number): BulkAssignResult & { outcomes: ActOutcome[] } {
  const note = reason.trim();
  if (note.length < 2) throw new ApiError('invalid_input', 'note: is required: give a reason for the reassignment', [{ path: 'note', message: 'is required: give a reason' }]);
  const result: BulkAssignResult & { outcomes: ActOutcome[] } = { updated: [], failed: [], outcomes: [] };
  for (const caseId of [...new Set(caseIds)]) {
    let code = String(caseId);
    try {
      const c = loadCaseState(db, caseId);
      code = c.code;
      const outcome =
        c.status === 'registered'
          ? actOnCase(db, { caseId, action: 'dispatch', assignee, note }, user, now)
          : actOnCase(db, { caseId, action: 'reassign', assignee, note: `批量改派：${note}` }, user, now);
      result.updated.push(caseId);
      result.outcomes.push(outcome);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      result.failed.push({ caseId, code, message: err.message });
    }
  }
  return result;
}
