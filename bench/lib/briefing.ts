// The leaders' briefing deck for a month of the whole street, built through the API as
// the briefing screen asks for it: the median of five builds after one warm-up build
// (the first call also pays for preparing the statements).
import { medianOf } from './measure';

/** A call that returned an ApiResult rather than the bare output: unwrap it or fail. */
function check(result: unknown): void {
  if (typeof result === 'object' && result !== null && 'ok' in result && (result as { ok: unknown }).ok === false) {
    throw new Error(`briefing.build failed: ${JSON.stringify((result as { error?: unknown }).error)}`);
  }
}

export async function benchBriefing(call: (method: string, input: unknown) => Promise<unknown>, month: { from: number; to: number }): Promise<{ buildMonthMs: number }> {
  const input = { from: month.from, to: month.to, scope: { kind: 'street' } };
  check(await call('briefing.build', input));
  const runs = await medianOf(5, async () => check(await call('briefing.build', input)));
  return { buildMonthMs: runs.medianMs };
}
