import { describe, expect, it } from 'vitest';
import { caseQueueInput } from '../../../shared/cases';
import { DEFAULT_FILTERS, hasNarrowing, localDayStart, queueInput } from './queueFilters';

describe('queueInput', () => {
  it('sends only what narrows the list, and passes the shared schema', () => {
    const input = queueInput({ ...DEFAULT_FILTERS, queue: 'overdue' }, 0);
    expect(input).toEqual({ queue: 'overdue', limit: 100, offset: 0 });
    expect(caseQueueInput.safeParse(input).success).toBe(true);
  });

  it('turns days into an inclusive local range and pages by offset', () => {
    const input = queueInput({ ...DEFAULT_FILTERS, from: '2026-03-01', to: '2026-03-02', q: '  垃圾 ', gridId: 4, statuses: ['handling'] }, 2, 50);
    expect(input.from).toBe(new Date(2026, 2, 1).getTime());
    expect(input.to).toBe(new Date(2026, 2, 3).getTime());
    expect(input).toMatchObject({ q: '垃圾', gridId: 4, statuses: ['handling'], offset: 100, limit: 50 });
    expect(caseQueueInput.safeParse(input).success).toBe(true);
  });

  it('ignores a half-typed day and trims an overlong search', () => {
    const input = queueInput({ ...DEFAULT_FILTERS, from: '2026-03', q: 'x'.repeat(80) }, 0);
    expect(input.from).toBeUndefined();
    expect(input.q).toHaveLength(60);
    expect(localDayStart('2026-13-45')).toBeNull();
  });

  it('knows when filters narrow the queue', () => {
    expect(hasNarrowing(DEFAULT_FILTERS)).toBe(false);
    expect(hasNarrowing({ ...DEFAULT_FILTERS, source: 'hotline' })).toBe(true);
  });
});
