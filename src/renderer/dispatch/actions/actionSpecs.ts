// How each case action is offered: in what order, how loudly, and what it asks for before
// it runs. Which actions are offered at all is the core's answer (allowedActions).
import type { CaseActionName } from '../../../shared/cases';

/** quick: runs on click; the others open a small form first. */
export type ActionFormKind = 'quick' | 'note' | 'reason' | 'dispatch' | 'reassign' | 'merge' | 'evaluate' | 'extension';
export type ActionTone = 'primary' | 'neutral' | 'danger';

interface ActionSpec {
  form: ActionFormKind;
  tone: ActionTone;
}

export const ACTION_SPECS: Record<CaseActionName, ActionSpec> = {
  register: { form: 'quick', tone: 'primary' },
  dispatch: { form: 'dispatch', tone: 'primary' },
  accept: { form: 'quick', tone: 'primary' },
  feedback: { form: 'reason', tone: 'primary' },
  verifyPass: { form: 'quick', tone: 'primary' },
  verifyFail: { form: 'reason', tone: 'danger' },
  evaluate: { form: 'evaluate', tone: 'primary' },
  approveExtension: { form: 'quick', tone: 'primary' },
  refuseExtension: { form: 'reason', tone: 'danger' },
  requestExtension: { form: 'extension', tone: 'neutral' },
  reassign: { form: 'reassign', tone: 'neutral' },
  return: { form: 'reason', tone: 'neutral' },
  supervise: { form: 'reason', tone: 'neutral' },
  merge: { form: 'merge', tone: 'neutral' },
  suspend: { form: 'reason', tone: 'neutral' },
  escalate: { form: 'reason', tone: 'neutral' },
  cancel: { form: 'reason', tone: 'danger' },
};

/** The workflow's main path first, side paths after, destructive ones last. */
export const ACTION_ORDER: readonly CaseActionName[] = [
  'register',
  'dispatch',
  'accept',
  'feedback',
  'verifyPass',
  'verifyFail',
  'evaluate',
  'approveExtension',
  'refuseExtension',
  'requestExtension',
  'reassign',
  'return',
  'supervise',
  'merge',
  'suspend',
  'escalate',
  'cancel',
];

export function orderedActions(allowed: readonly CaseActionName[]): CaseActionName[] {
  return ACTION_ORDER.filter((a) => allowed.includes(a));
}
