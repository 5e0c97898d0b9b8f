import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSigned, numberFormatter } from './formatNumber';
import { makeTranslate } from './translate';

describe('the one number formatter', () => {
  it('groups thousands in every UI language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(formatNumber(39105, locale)).toBe('39,105');
      expect(formatNumber(203211, locale)).toBe('203,211');
      expect(formatNumber(1686, locale)).toBe('1,686');
      expect(formatNumber(12, locale)).toBe('12');
    }
  });

  it('fixes decimals when asked and keeps whole numbers whole otherwise', () => {
    expect(formatNumber(1234.25, 'en', 1)).toBe('1,234.3');
    expect(formatNumber(3, 'en', 2)).toBe('3.00');
    expect(formatNumber(0.5, 'zh-CN')).toBe('0.5');
  });

  it('writes shares as percentages and changes with their sign', () => {
    expect(formatPercent(0.8944, 'zh-CN')).toBe('89.4%');
    expect(formatPercent(0.5, 'en', 0)).toBe('50%');
    expect(formatSigned(1234, 'en')).toBe('+1,234');
    expect(formatSigned(-12.5, 'en', 1)).toBe('−12.5');
    expect(formatSigned(0, 'en')).toBe('0');
    expect(formatSigned(-0.01, 'en', 1)).toBe('0.0');
    const num = numberFormatter('en');
    expect([num(10864), num.percent(0.1), num.signed(-14167)]).toEqual(['10,864', '10.0%', '−14,167']);
  });

  it('is what t() fills into messages, so a count is never shown raw', () => {
    expect(makeTranslate('zh-CN')('common.people', { count: 2023 })).toBe('2,023 人');
    expect(makeTranslate('en')('common.households', { count: 14167 })).toBe('14,167 households');
    // Strings pass through untouched: identifiers and years are sent as strings.
    expect(makeTranslate('zh-CN')('briefing.date', { y: '2026', m: '11', d: '20' })).toBe('2026年11月20日');
    expect(makeTranslate('en').num(39105)).toBe('39,105');
  });
});
