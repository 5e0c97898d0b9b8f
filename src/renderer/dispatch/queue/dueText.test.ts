import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../i18n/translate';
import { dueInfo, formatDue, spanOf } from './dueText';

const H = 3_600_000;
const now = Date.UTC(2026, 2, 10, 8);

describe('spanOf', () => {
  it('picks minutes, hours or days and never says zero', () => {
    expect(spanOf(10_000)).toEqual({ amount: 1, unit: 'minute' });
    expect(spanOf(-45 * 60_000)).toEqual({ amount: 45, unit: 'minute' });
    expect(spanOf(2.5 * H)).toEqual({ amount: 2, unit: 'hour' });
    expect(spanOf(-(3 * 24 + 5) * H)).toEqual({ amount: 3, unit: 'day' });
  });
});

describe('dueInfo', () => {
  it('counts down a running case and counts up once it is overdue', () => {
    expect(dueInfo({ status: 'handling', dueAt: now + 2 * H + 1, closedAt: null }, now)).toEqual({ kind: 'remaining', amount: 2, unit: 'hour' });
    expect(dueInfo({ status: 'dispatched', dueAt: now - 3 * 24 * H, closedAt: null }, now)).toEqual({ kind: 'overdue', amount: 3, unit: 'day' });
  });
  it('says nothing before dispatch or once the case is parked', () => {
    expect(dueInfo({ status: 'registered', dueAt: null, closedAt: null }, now)).toEqual({ kind: 'none' });
    expect(dueInfo({ status: 'suspended', dueAt: now - H, closedAt: null }, now)).toEqual({ kind: 'none' });
  });
  it('judges a closed case by its closing time', () => {
    expect(dueInfo({ status: 'closed', dueAt: now, closedAt: now - H }, now)).toEqual({ kind: 'closedOnTime' });
    expect(dueInfo({ status: 'closed', dueAt: now - 5 * H, closedAt: now }, now)).toEqual({ kind: 'closedLate', amount: 5, unit: 'hour' });
  });
});

describe('formatDue', () => {
  it('reads as the dispatchers say it', () => {
    const zh = makeTranslate('zh-CN');
    expect(formatDue({ kind: 'remaining', amount: 2, unit: 'hour' }, zh)).toBe('剩余2小时');
    expect(formatDue({ kind: 'overdue', amount: 3, unit: 'day' }, zh)).toBe('超期3天');
    expect(formatDue({ kind: 'none' }, zh)).toBe('—');
    expect(formatDue({ kind: 'overdue', amount: 3, unit: 'day' }, makeTranslate('en'))).toBe('3d overdue');
  });
});
