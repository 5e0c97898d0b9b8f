import { describe, expect, it } from 'vitest';
import { niceScale } from './niceScale';

describe('niceScale', () => {
  it('rounds the top up to a multiple of a 1-2-5 step', () => {
    expect(niceScale(143)).toEqual({ top: 150, step: 50 });
    expect(niceScale(7)).toEqual({ top: 8, step: 2 });
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
  });
});
