// The case state machine: the one place that decides which action may happen to a case
// in which status, by which role, and where it leads. Everything that changes a case goes
// through `planTransition`; an action it refuses changes nothing.
import type { CaseActionName } from '../../../shared/cases';
import { OPEN_CASE_STATUSES, type CaseEventKind, type CaseStatus, type Role } from '../../../shared/domain';

export interface CaseFacts {
  status: CaseStatus;
  supervised: boolean;
  evaluated: boolean;
  extensionPending: boolean;
}

interface Rule {
  from: readonly CaseStatus[];
  /** null: the status stays as it is. */
  to: CaseStatus | null;
  event: CaseEventKind;
  roles: readonly Role[];
  /** Extra condition on the case beyond its status, with the reason when it fails. */
  guard?: (c: CaseFacts) => string | null;
}

const DESK: readonly Role[] = ['admin', 'dispatcher', 'operator'];
const DISPATCH: readonly Role[] = ['admin', 'dispatcher', 'operator'];
/** Handlers' steps; in a street office the dispatcher usually enters them on the handler's behalf. */
const HANDLING: readonly Role[] = ['admin', 'dispatcher', 'operator', 'handler'];
const LEADERS: readonly Role[] = ['admin', 'leader'];
const WORKING: readonly CaseStatus[] = ['registered', 'dispatched', 'handling'];

export const RULES: Readonly<Record<CaseActionName, Rule>> = {
  register: { from: ['reported'], to: 'registered', event: 'register', roles: DESK },
  cancel: { from: ['reported', 'registered'], to: 'cancelled', event: 'cancel', roles: DESK },
  merge: { from: ['reported', 'registered'], to: 'cancelled', event: 'merge', roles: DESK },
  dispatch: { from: ['registered'], to: 'dispatched', event: 'dispatch', roles: DISPATCH },
  return: { from: ['dispatched'], to: 'registered', event: 'return', roles: HANDLING },
  accept: { from: ['dispatched'], to: 'handling', event: 'accept', roles: HANDLING },
  feedback: { from: ['handling'], to: 'awaiting_verification', event: 'feedback', roles: HANDLING },
  verifyPass: { from: ['awaiting_verification'], to: 'closed', event: 'close', roles: DESK },
  verifyFail: { from: ['awaiting_verification'], to: 'handling', event: 'verify_fail', roles: DESK },
  evaluate: { from: ['closed'], to: null, event: 'evaluate', roles: DESK, guard: (c) => (c.evaluated ? 'the case has already been evaluated' : null) },
  requestExtension: {
    from: ['dispatched', 'handling'],
    to: null,
    event: 'extend_request',
    roles: HANDLING,
    guard: (c) => (c.extensionPending ? 'an extension request is already waiting for a decision' : null),
  },
  approveExtension: {
    from: ['dispatched', 'handling'],
    to: null,
    event: 'extend',
    roles: ['admin', 'dispatcher', 'leader'],
    guard: (c) => (c.extensionPending ? null : 'there is no extension request to decide'),
  },
  refuseExtension: {
    from: ['dispatched', 'handling'],
    to: null,
    event: 'extend_refuse',
    roles: ['admin', 'dispatcher', 'leader'],
    guard: (c) => (c.extensionPending ? null : 'there is no extension request to decide'),
  },
  suspend: { from: WORKING, to: 'suspended', event: 'suspend', roles: DISPATCH },
  escalate: { from: WORKING, to: 'escalated', event: 'escalate', roles: DISPATCH },
  supervise: { from: OPEN_CASE_STATUSES, to: null, event: 'supervise', roles: LEADERS, guard: (c) => (c.supervised ? 'the case is already under supervision' : null) },
  reassign: { from: ['dispatched', 'handling'], to: 'dispatched', event: 'reassign', roles: DISPATCH },
};

export type TransitionPlan = { ok: true; to: CaseStatus; event: CaseEventKind } | { ok: false; reason: string; code: 'conflict' | 'unauthorized' };

export function planTransition(action: CaseActionName, facts: CaseFacts, role: Role): TransitionPlan {
  const rule = RULES[action];
  if (!rule.roles.includes(role)) return { ok: false, code: 'unauthorized', reason: `the ${role} role may not ${action} a case` };
  if (!rule.from.includes(facts.status)) return { ok: false, code: 'conflict', reason: `a case in status ${facts.status} cannot ${action} (allowed from: ${rule.from.join(', ')})` };
  const refused = rule.guard?.(facts);
  if (refused) return { ok: false, code: 'conflict', reason: refused };
  return { ok: true, to: rule.to ?? facts.status, event: rule.event };
}

export function allowedActions(facts: CaseFacts, role: Role): CaseActionName[] {
  return (Object.keys(RULES) as CaseActionName[]).filter((a) => planTransition(a, facts, role).ok);
}
