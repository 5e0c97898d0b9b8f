import { describe, expect, it } from 'vitest';
import { chinaToday } from './chinaToday';

describe('chinaToday', () => {
  it('turns the date at midnight China time, not UTC', () => {
    expect(chinaToday(Date.UTC(2026, 11, 1, 15, 59))).toBe('2026-12-01');
    expect(chinaToday(Date.UTC(2026, 11, 1, 16, 0))).toBe('2026-12-02');
  });
});

describe('formatDateTime', () => {
  it('writes the minute in China time', async () => {
    const { formatDateTime } = await import('./formatDateTime');
    expect(formatDateTime(Date.UTC(2026, 11, 1, 16, 5))).toBe('2026-12-02 00:05');
  });
});
