// Unwrapping what core.call answers, in tests: the result of a call that must succeed,
// or the error of a call that must fail.
import type { ApiResult } from '../../src/shared/errors';

export function ok<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.result as T;
}

export function err(r: ApiResult<unknown>) {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}
