// Reads a throttled unlock's details: until when sign-in is paused, or locked out until
// an administrator lifts it. The core puts this in the error details (path retryAt or lockedOut).
import type { ApiErrorDetail } from '../../shared/errors';
import { isApiClientError } from '../api/ApiClientError';

export type Throttle = { kind: 'wait'; retryAt: number } | { kind: 'lockedOut' };

export function throttleOf(error: unknown): Throttle | null {
  if (!isApiClientError(error) || error.code !== 'throttled') return null;
  return throttleFromDetails(error.details ?? []);
}

export function throttleFromDetails(details: readonly ApiErrorDetail[]): Throttle {
  if (details.some((d) => d.path === 'lockedOut' && d.message === 'true')) return { kind: 'lockedOut' };
  const retryAt = Number(details.find((d) => d.path === 'retryAt')?.message);
  // Throttled without a readable time: the safe reading is that an administrator is needed.
  return Number.isFinite(retryAt) && retryAt > 0 ? { kind: 'wait', retryAt } : { kind: 'lockedOut' };
}

/** Whole seconds left until retryAt, never negative; rounded up so "0" means "now". */
export function secondsLeft(retryAt: number, now: number): number {
  return Math.max(0, Math.ceil((retryAt - now) / 1000));
}
