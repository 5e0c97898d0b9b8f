import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, roundingUnit } from './classBreaks';

describe('classBreaks', () => {
  it('puts quantile breaks on round numbers', () => {
    // 1..100: the quintiles are 20.8, 40.6, 60.4, 80.2; their spread 59.4 rounds to multiples of 5.
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(classBreaks(values, 0)).toEqual([20, 40, 60, 80]);
    // Households of ten grids: quintiles 395.6, 441.2, 457.6, 469.2; their spread 73.6 → multiples of 5.
    expect(classBreaks([434, 488, 474, 452, 354, 446, 354, 468, 406, 466], 0)).toEqual([395, 440, 460, 470]);
  });

  it('rounds by the spread of the breaks, so one outlying grid does not swallow the classes', () => {
    // Quintiles 20.8, 40.6, 60.4, 80.2 as for 1..100, although one grid reaches 10,000: rounding
    // by the whole range (multiples of 1,000) would have put every break at 0 and left one class.
    const values = [...Array.from({ length: 99 }, (_, i) => i + 1), 10_000];
    expect(classBreaks(values, 0)).toEqual([20, 40, 60, 80]);
  });

  it('merges breaks that round together instead of leaving empty classes', () => {
    // Mostly zeros: every quintile but the last is 0, which is the minimum, so no break.
    expect(classBreaks([0, 0, 0, 0, 0, 0, 0, 1, 2, 3], 0)).toEqual([1]);
    expect(classBreaks([0, 0, 0, 0, 0, 0, 0, 0, 0, 3], 0)).toEqual([]);
  });

  it('merges a class that no grid falls in into the one below', () => {
    // Quintiles 0.8, 6.4, 10.4, 11.2 round to 1, 6, 10, 11: nothing lies in [6, 10).
    expect(classBreaks([0, 1, 10, 11, 12], 0)).toEqual([1, 10, 11]);
  });

  it('keeps decimals for rates and ignores grids without a value', () => {
    // Quintiles 60, 70, 77, 84; their spread 24 → multiples of 2.
    expect(classBreaks([50, 62.5, null, 75, 80, 100, null], 1)).toEqual([60, 70, 78, 84]);
    expect(classBreaks([1.1, 1.2, 1.3, 1.4, 1.5, 1.6], 1)).toEqual([1.2, 1.3, 1.4, 1.5]);
  });

  it('has no breaks (one class) when there is nothing to tell apart', () => {
    expect(classBreaks([], 0)).toEqual([]);
    expect(classBreaks([null, null], 1)).toEqual([]);
    expect(classBreaks([7, 7, 7], 0)).toEqual([]);
  });

  it('returns strictly ascending breaks within (min, max] for any data', () => {
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      const rand = () => ((x = (x * 48271) % 2147483647) / 2147483647);
      const n = 1 + Math.floor(rand() * 60);
      const decimals = seed % 2 === 0 ? 0 : 1;
      const values = Array.from({ length: n }, () => Number((rand() ** 3 * 1000).toFixed(decimals)));
      const breaks = classBreaks(values, decimals);
      const min = Math.min(...values);
      const max = Math.max(...values);
      expect(breaks.length).toBeLessThanOrEqual(4);
      breaks.forEach((b, i) => {
        expect(b).toBeGreaterThan(i === 0 ? min : breaks[i - 1]!);
        expect(b).toBeLessThanOrEqual(max);
        expect(Number(b.toFixed(decimals))).toBe(b);
      });
      // Every class holds at least one value.
      const counts = new Array<number>(breaks.length + 1).fill(0);
      for (const v of values) counts[classOf(v, breaks)]! += 1;
      expect(counts.every((n) => n > 0), JSON.stringify({ values, breaks })).toBe(true);
    }
  });

  it('places a value in the class whose lower break it reaches', () => {
    expect([0, 19, 20, 21, 80, 100].map((v) => classOf(v, [20, 40, 60, 80]))).toEqual([0, 0, 1, 1, 4, 4]);
    expect(classOf(5, [])).toBe(0);
  });

  it('rounds to 1, 2 or 5 × 10ⁿ, never finer than the values', () => {
    expect(roundingUnit(99, 0)).toBe(5);
    expect(roundingUnit(134, 0)).toBe(10);
    expect(roundingUnit(2500, 0)).toBe(200);
    expect(roundingUnit(3, 0)).toBe(1);
    expect(roundingUnit(3, 1)).toBe(0.2);
    expect(roundingUnit(0, 1)).toBe(0.1);
  });
});
