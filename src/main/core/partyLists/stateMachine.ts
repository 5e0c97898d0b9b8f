// The steps of an item: 发布 → 认领 → 实施 → 完成 → 评价, with 驳回 (the owner rejects a claim),
// 放弃 (the claimant gives a claim up) and 撤回 (the owner withdraws the item). One table says
// which step leaves which statuses, where it goes and what it needs; everything else asks it.
import type { PartyListAction, PartyListKind, PartyListStatus } from '../../../shared/partyLists';
import { refuse } from './errors';

export interface StepRule {
  from: readonly PartyListStatus[];
  to: PartyListStatus;
  /** A reason of at least 2 characters is required. */
  needsReason: boolean;
  /** Kinds the step applies to (a project is paired, never claimed, and not rejected: both sides agreed). */
  kinds: readonly PartyListKind[];
}

const ALL: readonly PartyListKind[] = ['need', 'resource', 'project'];

export const STEPS: Record<PartyListAction | 'claim', StepRule> = {
  claim: { from: ['published'], to: 'claimed', needsReason: false, kinds: ['need', 'resource'] },
  reject: { from: ['claimed'], to: 'published', needsReason: true, kinds: ['need', 'resource'] },
  release: { from: ['claimed', 'in_progress'], to: 'published', needsReason: true, kinds: ALL },
  start: { from: ['claimed'], to: 'in_progress', needsReason: false, kinds: ALL },
  complete: { from: ['in_progress'], to: 'completed', needsReason: false, kinds: ALL },
  evaluate: { from: ['completed'], to: 'evaluated', needsReason: false, kinds: ALL },
  withdraw: { from: ['published', 'claimed'], to: 'withdrawn', needsReason: true, kinds: ALL },
};

/** The status a step leads to, or an `illegal_step` refusal naming what is allowed. */
export function nextStatus(kind: PartyListKind, status: PartyListStatus, step: PartyListAction | 'claim', reason: string | undefined): PartyListStatus {
  const rule = STEPS[step];
  if (!rule.kinds.includes(kind)) {
    throw refuse('conflict', 'action', 'illegal_step', `${step} does not apply to a ${kind}`, { step, kind, status });
  }
  if (!rule.from.includes(status)) {
    throw refuse('conflict', 'action', 'illegal_step', `${step} is not possible from ${status} (only from ${rule.from.join(' or ')})`, { step, kind, status });
  }
  if (rule.needsReason && !(reason && reason.trim().length >= 2)) {
    throw refuse('invalid_input', 'reason', 'reason_required', `is required for ${step}: give a reason`, { step });
  }
  // A project given up dissolves (its need and resource go back on their lists): it does not
  // return to 发布, as nobody published it.
  return kind === 'project' && step === 'release' ? 'withdrawn' : rule.to;
}

/** The steps open to an item now (the drawer offers these). */
export function legalSteps(kind: PartyListKind, status: PartyListStatus): (PartyListAction | 'claim')[] {
  return (Object.keys(STEPS) as (PartyListAction | 'claim')[]).filter((s) => STEPS[s].kinds.includes(kind) && STEPS[s].from.includes(status));
}
