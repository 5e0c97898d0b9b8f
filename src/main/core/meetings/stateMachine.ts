// The legal steps of meetings, decisions and task items, in one place:
// - a meeting is open (topics and decisions are recorded) until it is closed, once;
// - a decision is active until withdrawn (with a reason), once; a withdrawn decision takes no
//   new items and its tasks take no steps;
// - a task is started, then completed (or completed straight away); never twice.
// A decision's progress is not a state anyone sets: see progress.ts.
import type { DecisionStatus, MeetingStatus } from '../../../shared/meetings';
import { refuse } from './errors';

export function requireOpenMeeting(status: MeetingStatus, code: string, path = 'meetingId'): void {
  if (status !== 'open') throw refuse('conflict', path, 'meeting_closed', `names meeting ${code}, which is closed: its record is final`, { code });
}

export function closeStep(status: MeetingStatus, code: string): MeetingStatus {
  if (status !== 'open') throw refuse('conflict', 'id', 'illegal_step', `names meeting ${code}, which is already closed`, { step: 'close', status });
  return 'closed';
}

export function requireActiveDecision(status: DecisionStatus, code: string, path = 'decisionId'): void {
  if (status !== 'active') throw refuse('conflict', path, 'decision_withdrawn', `names decision ${code}, which was withdrawn`, { code });
}

export function withdrawStep(status: DecisionStatus, code: string): DecisionStatus {
  if (status !== 'active') throw refuse('conflict', 'decisionId', 'illegal_step', `names decision ${code}, which is already withdrawn`, { step: 'withdraw', status });
  return 'withdrawn';
}

export type TaskState = 'not_started' | 'started' | 'completed';
export function taskState(startedAt: number | null, doneAt: number | null): TaskState {
  return doneAt !== null ? 'completed' : startedAt !== null ? 'started' : 'not_started';
}

const TASK_STEPS: Record<'start' | 'complete', readonly TaskState[]> = { start: ['not_started'], complete: ['not_started', 'started'] };

export function taskStep(step: 'start' | 'complete', state: TaskState): void {
  if (!TASK_STEPS[step].includes(state)) {
    throw refuse('conflict', 'action', 'illegal_step', `${step} is not possible for a task that is ${state.replace('_', ' ')} (only when ${TASK_STEPS[step].join(' or ').replace('_', ' ')})`, { step, state });
  }
}
