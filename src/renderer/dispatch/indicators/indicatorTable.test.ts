import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../shared/indicators';
import { formatIndicator, nextSort, onTimeTone, sortRows, splitTotal } from './indicatorTable';

function row(id: number | null, label: string, patch: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    key: id === null ? 'total' : `grid:${id}`,
    kind: id === null ? 'total' : 'grid',
    id,
    label,
    reported: 0,
    due: 0,
    deferred: 0,
    closed: 0,
    closedOnTime: 0,
    overdueOpen: 0,
    reworked: 0,
    closeRate: null,
    onTimeRate: null,
    reworkRate: null,
    deferRate: null,
    avgHandlingHours: null,
    evaluated: 0,
    satisfaction: null,
    satisfiedRate: null,
    ...patch,
  };
}

describe('indicator cells', () => {
  it('shows rates as percentages with one decimal and empty values as —', () => {
    expect(formatIndicator(0.8765, 'rate')).toBe('87.7%');
    expect(formatIndicator(1, 'rate')).toBe('100.0%');
    expect(formatIndicator(0, 'rate')).toBe('0.0%');
    expect(formatIndicator(null, 'rate')).toBe('—');
    expect(formatIndicator(12, 'count')).toBe('12');
    expect(formatIndicator(39105, 'count', 'en')).toBe('39,105');
    expect(formatIndicator(1234.25, 'hours', 'zh-CN')).toBe('1,234.3');
    expect(formatIndicator(31.25, 'hours')).toBe('31.3');
    expect(formatIndicator(4.5, 'stars')).toBe('4.50');
    expect(formatIndicator(null, 'hours')).toBe('—');
  });

  it('marks on-time rates below 90%, seriously below 80%', () => {
    expect(onTimeTone(0.95)).toBeNull();
    expect(onTimeTone(0.9)).toBeNull();
    expect(onTimeTone(0.89)).toBe('warn');
    expect(onTimeTone(0.79)).toBe('alert');
    expect(onTimeTone(null)).toBeNull();
  });
});

describe('indicator sorting', () => {
  const rows = [row(1, '网格1', { due: 5, onTimeRate: 0.6 }), row(2, '网格2', { due: 9, onTimeRate: null }), row(10, '网格10', { due: 1, onTimeRate: 0.95 }), row(null, '合计', { due: 15 })];

  it('keeps the 合计 row apart, wherever it is', () => {
    const { groups, total } = splitTotal([rows[3]!, ...rows.slice(0, 3)]);
    expect(total?.label).toBe('合计');
    expect(groups.map((g) => g.label)).toEqual(['网格1', '网格2', '网格10']);
  });

  it('sorts figures either way with empty values last, names in natural order', () => {
    const { groups } = splitTotal(rows);
    expect(sortRows(groups, { key: 'onTimeRate', dir: 'asc' }).map((g) => g.id)).toEqual([1, 10, 2]);
    expect(sortRows(groups, { key: 'onTimeRate', dir: 'desc' }).map((g) => g.id)).toEqual([10, 1, 2]);
    expect(sortRows(groups, { key: 'due', dir: 'desc' }).map((g) => g.id)).toEqual([2, 1, 10]);
    expect(sortRows(groups, { key: 'label', dir: 'asc' }).map((g) => g.id)).toEqual([1, 2, 10]);
    expect(sortRows(groups, null).map((g) => g.id)).toEqual([1, 2, 10]);
  });

  it('cycles a heading: first direction, the other, then the core order', () => {
    expect(nextSort(null, 'due')).toEqual({ key: 'due', dir: 'desc' });
    expect(nextSort({ key: 'due', dir: 'desc' }, 'due')).toEqual({ key: 'due', dir: 'asc' });
    expect(nextSort({ key: 'due', dir: 'asc' }, 'due')).toBeNull();
    expect(nextSort({ key: 'due', dir: 'asc' }, 'label')).toEqual({ key: 'label', dir: 'asc' });
  });
});
