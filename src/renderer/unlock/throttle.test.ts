import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../api/ApiClientError';
import { secondsLeft, throttleOf } from './throttle';

describe('throttleOf', () => {
  it('reads until when sign-in is paused', () => {
    const error = new ApiClientError({ code: 'throttled', message: 'wait', details: [{ path: 'retryAt', message: '1790000000000' }] });
    expect(throttleOf(error)).toEqual({ kind: 'wait', retryAt: 1_790_000_000_000 });
  });

  it('reads a lockout only an administrator can lift, and treats an unreadable time as one', () => {
    expect(throttleOf(new ApiClientError({ code: 'throttled', message: 'x', details: [{ path: 'lockedOut', message: 'true' }] }))).toEqual({ kind: 'lockedOut' });
    expect(throttleOf(new ApiClientError({ code: 'throttled', message: 'x', details: [{ path: 'retryAt', message: 'soon' }] }))).toEqual({ kind: 'lockedOut' });
    const both = [
      { path: 'retryAt', message: '1790000000000' },
      { path: 'lockedOut', message: 'true' },
    ];
    expect(throttleOf(new ApiClientError({ code: 'throttled', message: 'x', details: both }))).toEqual({ kind: 'lockedOut' });
  });

  it('ignores every other refusal', () => {
    expect(throttleOf(new ApiClientError({ code: 'wrong_password', message: 'x' }))).toBeNull();
    expect(throttleOf(new Error('x'))).toBeNull();
  });
});

describe('secondsLeft', () => {
  it('counts whole seconds up and stops at zero', () => {
    expect(secondsLeft(10_000, 8_500)).toBe(2);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });
});
