import { describe, expect, it } from 'vitest';
import { caseActionInput, caseReportInput } from '../../../shared/cases';
import { ApiClientError } from '../../api/ApiClientError';
import { makeTranslate } from '../../i18n/translate';
import { catalogs } from '../../i18n/locales';
import { actionFieldWords, checkLocally, formErrors } from './fieldErrors';

const t = makeTranslate('zh-CN');
const tOpen = (prefix: string, value: string) => (catalogs['zh-CN'] as Record<string, string>)[`${prefix}.${value}`] ?? value;

describe('formErrors', () => {
  it('puts invalid_input details next to their fields, in the catalog wording', () => {
    const error = new ApiClientError({ code: 'invalid_input', message: 'case.act: note is required', details: [{ path: 'note', message: 'is required: give a reason' }] });
    const e = formErrors(error, t, tOpen, ['note']);
    expect(e.fields.note).toBe(t('fieldError.note'));
    expect(e.general).toBeNull();
  });
  it('says what a conflict means for a case action', () => {
    const e = formErrors(new ApiClientError({ code: 'conflict', message: 'illegal transition' }), t, tOpen, []);
    expect(e.general).toBe(t('dispatch.error.conflict'));
    expect(e.technical).toBe('illegal transition');
  });
  it('lists details for fields the form does not show', () => {
    const error = new ApiClientError({ code: 'invalid_input', message: 'x', details: [{ path: 'weird.0', message: 'is odd' }] });
    expect(formErrors(error, t, tOpen, ['note']).general).toContain('is odd');
  });
});

describe('checkLocally', () => {
  it('runs the shared schema and names each bad field', () => {
    const r = checkLocally(caseReportInput, { source: 'patrol', categoryId: 0, lng: 106.5, lat: 29.5, description: 'ab', reporterPhone: '123' }, tOpen);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(['categoryId', 'description', 'reporterPhone']);
  });
});

describe('the shared input rules, worded', () => {
  it('names the limit of an over-long field and a broken character, whatever the field', () => {
    const r = checkLocally(caseReportInput, { source: 'patrol', categoryId: 3, lng: 106.5, lat: 29.5, description: '井'.repeat(2001), reporterName: '张\uD800' }, tOpen, t);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fields.description).toBe(t('fieldError.tooLong', { limit: 2000 }));
      expect(r.fields.reporterName).toBe(t('fieldError.loneSurrogate'));
    }
  });
  it('says why the one who recorded a feedback may not verify it', () => {
    const error = new ApiClientError({ code: 'conflict', message: 'case AJ1: …', details: [{ path: 'action', message: 'same person', reason: 'selfVerify' }] });
    expect(formErrors(error, t, tOpen, []).general).toBe(t('dispatch.error.selfVerify'));
  });
});

describe('a note refused for one action', () => {
  const missingNote = (action: string) => {
    const r = checkLocally(caseActionInput, { caseId: 1, action, note: '' }, actionFieldWords(tOpen, action), t);
    return r.ok ? null : r.fields.note;
  };
  it('asks for what the note is for that action', () => {
    expect(missingNote('feedback')).toBe('请填写处置结果（至少2个字）');
    expect(missingNote('supervise')).toBe('请填写督办意见（至少2个字）');
    expect(missingNote('cancel')).toBe(t('fieldError.note'));
  });
  it('gives 评价 without stars one message, about the stars', () => {
    const r = checkLocally(caseActionInput, { caseId: 1, action: 'evaluate', satisfaction: 0 }, actionFieldWords(tOpen, 'evaluate'), t);
    expect(r.ok ? {} : r.fields).toEqual({ satisfaction: t('fieldError.satisfaction') });
  });
});
