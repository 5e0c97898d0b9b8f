// A decision's progress, computed from its items every time it is read — never stored, so it
// cannot drift from the cases and list items it follows. An item is done when its case is
// closed (or cancelled: the case system has finished with it), its list item completed, its task
// completed; late when not done and past its own due day, or when its case is past the case's
// due time; in progress when work has begun; otherwise not started. A decision is done when
// every item is, late when any is, in progress when any has begun or finished.
import type { CaseStatus } from '../../../shared/domain';
import type { DecisionItemKind, ProgressState } from '../../../shared/meetings';
import type { PartyListStatus } from '../../../shared/partyLists';

export interface ItemFacts {
  kind: DecisionItemKind;
  dueOn: string;
  caseStatus: CaseStatus | null;
  caseDueAt: number | null;
  listStatus: PartyListStatus | null;
  startedAt: number | null;
  doneAt: number | null;
}

const CASE_DONE: readonly CaseStatus[] = ['closed', 'cancelled'];
const CASE_WORKING: readonly CaseStatus[] = ['dispatched', 'handling', 'awaiting_verification', 'suspended', 'escalated'];
const LIST_DONE: readonly PartyListStatus[] = ['completed', 'evaluated'];
const LIST_WORKING: readonly PartyListStatus[] = ['claimed', 'in_progress'];

/** `today` is the Shanghai calendar day of `now` (YYYY-MM-DD): a due day is late from the day after. */
export function itemProgress(f: ItemFacts, now: number, today: string): { progress: ProgressState; linkedStatus: string } {
  const pastDue = today > f.dueOn;
  if (f.kind === 'case' || f.kind === 'supervise') {
    const status = f.caseStatus!;
    if (CASE_DONE.includes(status)) return { progress: 'done', linkedStatus: status };
    if (pastDue || (f.caseDueAt !== null && f.caseDueAt < now)) return { progress: 'late', linkedStatus: status };
    return { progress: CASE_WORKING.includes(status) ? 'in_progress' : 'not_started', linkedStatus: status };
  }
  if (f.kind === 'party_list') {
    const status = f.listStatus!;
    if (LIST_DONE.includes(status)) return { progress: 'done', linkedStatus: status };
    if (pastDue) return { progress: 'late', linkedStatus: status };
    return { progress: LIST_WORKING.includes(status) ? 'in_progress' : 'not_started', linkedStatus: status };
  }
  if (f.doneAt !== null) return { progress: 'done', linkedStatus: 'completed' };
  const linkedStatus = f.startedAt !== null ? 'started' : 'not_started';
  if (pastDue) return { progress: 'late', linkedStatus };
  return { progress: f.startedAt !== null ? 'in_progress' : 'not_started', linkedStatus };
}

export function decisionProgress(items: readonly ProgressState[]): ProgressState {
  if (items.length === 0) return 'not_started';
  if (items.every((p) => p === 'done')) return 'done';
  if (items.includes('late')) return 'late';
  if (items.some((p) => p === 'in_progress' || p === 'done')) return 'in_progress';
  return 'not_started';
}
