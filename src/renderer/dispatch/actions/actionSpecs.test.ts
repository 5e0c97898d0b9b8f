import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, caseActionInput } from '../../../shared/cases';
import { catalogs, LOCALES } from '../../i18n/locales';
import { ACTION_ORDER, ACTION_SPECS, orderedActions } from './actionSpecs';

describe('action specs', () => {
  it('cover every action of the contract, once, with a label in every language', () => {
    expect([...ACTION_ORDER].sort()).toEqual([...CASE_ACTIONS].sort());
    for (const locale of LOCALES) for (const a of CASE_ACTIONS) expect((catalogs[locale] as Record<string, string>)[`caseAction.${a}`], `${locale} ${a}`).toBeTruthy();
  });

  it('run at once only the actions whose input needs nothing but the case', () => {
    for (const action of CASE_ACTIONS) {
      const quick = ACTION_SPECS[action].form === 'quick';
      expect(caseActionInput.safeParse({ caseId: 1, action }).success, action).toBe(quick);
    }
  });

  it('keeps only the allowed ones, in workflow order', () => {
    expect(orderedActions(['cancel', 'register', 'merge'])).toEqual(['register', 'merge', 'cancel']);
  });
});
