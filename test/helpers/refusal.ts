// A call the core must refuse without writing anything: what the test counts (tables, rows,
// states) is the same after the refusal, and no event was pushed. Answers the error with its
// first detail's path and reason at hand.
import { expect } from 'vitest';
import type { ApiResult } from '../../src/shared/errors';
import { err } from './apiResult';

export type Refusal = ReturnType<typeof err> & { path: string | undefined; reason: string | undefined };

export async function expectRefusal(method: string, run: () => Promise<ApiResult<unknown>>, state: () => unknown, events?: readonly unknown[]): Promise<Refusal> {
  const before = state();
  const pushed = events?.length;
  const e = err(await run());
  expect(state(), `${method} refused must change nothing`).toEqual(before);
  if (events) expect(events.length, `no event for a refused ${method}`).toBe(pushed);
  return { ...e, path: e.details?.[0]?.path, reason: e.details?.[0]?.reason };
}
