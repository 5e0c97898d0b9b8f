import { afterEach, describe, expect, it } from 'vitest';
import { coreClockOffset, followCoreClock, officeNow } from './officeClock';

describe('office clock', () => {
  afterEach(() => followCoreClock(Date.now()));

  it('follows the core clock, not the browser clock', () => {
    const anchor = Date.UTC(2026, 10, 18, 2, 30); // 2026-11-18 10:30 China time
    followCoreClock(anchor, anchor + 3 * 86_400_000);
    expect(coreClockOffset()).toBe(-3 * 86_400_000);
    expect(Math.abs(officeNow() - (Date.now() - 3 * 86_400_000))).toBeLessThan(1000);
  });

  it('ignores a missing clock reading', () => {
    followCoreClock(Date.now() + 60_000);
    followCoreClock(Number.NaN);
    expect(Math.round(coreClockOffset() / 1000)).toBe(60);
  });
});
