// A register form words a refusal from the shared catalog in the UI language, and keeps the
// core's words for a refusal without a known reason.
import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../api/ApiClientError';
import { makeTranslate } from '../i18n/translate';
import { fieldRefusalText, formRefusal } from './FieldError';

const checksum = { path: 'idNumber', message: 'has check character 2 but its first 17 digits give 1 (GB 11643): a digit is mistyped', reason: 'id_checksum', params: { expected: '1', got: '2' } };

describe('fieldRefusalText', () => {
  it('words a bad ID checksum in Chinese, naming both characters', () => {
    expect(fieldRefusalText(checksum, 'zh-CN')).toBe('身份证号校验位不对（GB 11643）：末位是 2，按前 17 位应为 1，请核对是否有数字录错');
  });
  it('words it in English in English mode', () => {
    expect(fieldRefusalText(checksum, 'en')).toContain('check character is 2, but its first 17 digits give 1');
  });
  it("keeps the core's message when the reason is missing or unknown", () => {
    expect(fieldRefusalText({ message: 'is odd', reason: 'no_such_reason' }, 'zh-CN')).toBe('is odd');
    expect(fieldRefusalText({ message: 'is odd' }, 'zh-CN')).toBe('is odd');
  });
});

describe('formRefusal', () => {
  it('puts the Chinese words under the idNumber field', () => {
    const error = new ApiClientError({ code: 'invalid_input', message: `idNumber ${checksum.message}`, details: [checksum] });
    expect(formRefusal(error, ['idNumber', 'name'] as const, makeTranslate('zh-CN'))).toEqual({
      byField: { idNumber: '身份证号校验位不对（GB 11643）：末位是 2，按前 17 位应为 1，请核对是否有数字录错' },
      general: null,
    });
  });
});
