// The state machine on its own: every legal transition, written out by hand from the
// standard workflow (GB/T 30428 family), and every illegal status for each action.
import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, type CaseActionName } from '../../src/shared/cases';
import { CASE_STATUSES, type CaseStatus } from '../../src/shared/domain';
import { allowedActions, planTransition, type CaseFacts } from '../../src/main/core/cases/workflow';

const facts = (status: CaseStatus, over: Partial<CaseFacts> = {}): CaseFacts => ({ status, supervised: false, evaluated: false, extensionPending: false, ...over });

/** action: [from → to] pairs that must be legal (to = from for actions that keep the status). */
const LEGAL: Record<CaseActionName, [CaseStatus, CaseStatus][]> = {
  register: [['reported', 'registered']],
  cancel: [['reported', 'cancelled'], ['registered', 'cancelled']],
  merge: [['reported', 'cancelled'], ['registered', 'cancelled']],
  dispatch: [['registered', 'dispatched']],
  return: [['dispatched', 'registered']],
  accept: [['dispatched', 'handling']],
  feedback: [['handling', 'awaiting_verification']],
  verifyPass: [['awaiting_verification', 'closed']],
  verifyFail: [['awaiting_verification', 'handling']],
  evaluate: [['closed', 'closed']],
  requestExtension: [['dispatched', 'dispatched'], ['handling', 'handling']],
  approveExtension: [['dispatched', 'dispatched'], ['handling', 'handling']],
  refuseExtension: [['dispatched', 'dispatched'], ['handling', 'handling']],
  suspend: [['registered', 'suspended'], ['dispatched', 'suspended'], ['handling', 'suspended']],
  escalate: [['registered', 'escalated'], ['dispatched', 'escalated'], ['handling', 'escalated']],
  supervise: [['reported', 'reported'], ['registered', 'registered'], ['dispatched', 'dispatched'], ['handling', 'handling'], ['awaiting_verification', 'awaiting_verification']],
  reassign: [['dispatched', 'dispatched'], ['handling', 'dispatched']],
};
const NEEDS_PENDING: CaseActionName[] = ['approveExtension', 'refuseExtension'];

describe('case state machine', () => {
  it('names every action of the contract', () => {
    expect([...CASE_ACTIONS].sort()).toEqual(Object.keys(LEGAL).sort());
  });

  for (const action of CASE_ACTIONS) {
    it(`${action}: legal exactly from its statuses, to the right status`, () => {
      const legal = new Map(LEGAL[action]);
      for (const status of CASE_STATUSES) {
        const plan = planTransition(action, facts(status, { extensionPending: NEEDS_PENDING.includes(action) }), 'admin');
        if (legal.has(status)) expect(plan, `${action} from ${status}`).toMatchObject({ ok: true, to: legal.get(status) });
        else expect(plan, `${action} from ${status}`).toMatchObject({ ok: false, code: 'conflict' });
      }
    });
  }

  it('applies the guards: one evaluation, one pending extension, one supervision flag', () => {
    expect(planTransition('evaluate', facts('closed', { evaluated: true }), 'admin')).toMatchObject({ ok: false, reason: 'the case has already been evaluated' });
    expect(planTransition('requestExtension', facts('handling', { extensionPending: true }), 'admin').ok).toBe(false);
    expect(planTransition('approveExtension', facts('handling'), 'admin')).toMatchObject({ ok: false, reason: 'there is no extension request to decide' });
    expect(planTransition('supervise', facts('handling', { supervised: true }), 'admin').ok).toBe(false);
  });

  it('gives each role its own steps', () => {
    expect(planTransition('supervise', facts('handling'), 'dispatcher')).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(planTransition('supervise', facts('handling'), 'leader').ok).toBe(true);
    expect(planTransition('register', facts('reported'), 'leader')).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(planTransition('accept', facts('dispatched'), 'handler').ok).toBe(true);
    expect(planTransition('dispatch', facts('registered'), 'handler').ok).toBe(false);
    expect(allowedActions(facts('handling', { extensionPending: true }), 'leader')).toEqual(['approveExtension', 'refuseExtension', 'supervise']);
    expect(allowedActions(facts('closed', { evaluated: true }), 'admin')).toEqual([]);
  });
});
