import { describe, expect, it } from 'vitest';
import { CASE_EVENT_KINDS } from '../../shared/domain';
import { catalogs, LOCALES } from '../i18n/locales';
import { makeTranslate } from '../i18n/translate';
import { changeOf, changeText, chinaDate, clockTime, formatValue } from './format';

describe('wall formatting', () => {
  const t = makeTranslate('zh-CN');

  it('formats counts and rates, and their change in the right unit', () => {
    expect(formatValue(12345, 'count', 'zh-CN', '—')).toBe('12,345');
    expect(formatValue(0.8704, 'rate', 'zh-CN', '—')).toBe('87.0%');
    expect(formatValue(null, 'rate', 'zh-CN', '—')).toBe('—');
    expect(changeText(changeOf(29, 43, 'count', 'zh-CN'), 'count', t)).toBe('↓14');
    expect(changeText(changeOf(0.874, 0.87, 'rate', 'zh-CN'), 'rate', t)).toBe('↑0.4个百分点');
    expect(changeText(changeOf(5, 5, 'count', 'zh-CN'), 'count', t)).toBe('持平');
    expect(changeText(changeOf(5, null, 'count', 'zh-CN'), 'count', t)).toBe('—');
  });

  it('tells time in China whatever the machine says', () => {
    const at = Date.UTC(2026, 10, 20, 16, 5, 9); // 2026-11-21 00:05:09 in Shanghai
    expect(clockTime(at)).toBe('00:05');
    expect(clockTime(at, true)).toBe('00:05:09');
    expect(chinaDate(at)).toBe('2026-11-21');
  });

  it('has a short wall label for every case event kind in every language', () => {
    for (const locale of LOCALES) for (const kind of CASE_EVENT_KINDS) expect((catalogs[locale] as Record<string, string>)[`wall.event.${kind}`], `${locale} ${kind}`).toBeTruthy();
  });
});
