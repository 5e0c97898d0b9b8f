// A refusal with a reason word the 楼栋工作日 / 组织考评 cores give reads as a catalog sentence
// in each language; any other refusal reads as errorMessage words it.
import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../api/ApiClientError';
import { errorMessage } from '../api/errorMessage';
import { makeTranslate } from '../i18n/translate';
import { refusalMessage } from './refusalMessage';

const refusal = (reason: string | undefined) =>
  new ApiClientError({ code: 'conflict', message: 'scores give 90 (advanced) while rectification plan 1 is open', details: [{ path: 'scores', message: 'give 90', ...(reason ? { reason } : {}) }] });

describe('refusalMessage', () => {
  it('words a known reason in the UI language', () => {
    expect(refusalMessage(refusal('plan_open'), makeTranslate('zh-CN'))).toContain('未销号');
    expect(refusalMessage(refusal('account_taken'), makeTranslate('zh-CN'))).toBe('该账号已关联其他干部，一个账号只能关联一名干部');
    expect(refusalMessage(refusal('not_weak'), makeTranslate('en'))).toContain('not rated weak');
  });
  it('leaves other refusals and plain failures to errorMessage', () => {
    const t = makeTranslate('zh-CN');
    expect(refusalMessage(refusal('something_else'), t)).toBe(errorMessage(refusal('something_else'), t));
    expect(refusalMessage(refusal(undefined), t)).toBe(errorMessage(refusal(undefined), t));
    expect(refusalMessage(new Error('boom'), t)).toBe(t('error.internal'));
  });
});
