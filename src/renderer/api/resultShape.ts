// Checks that a decoded response body really is an ApiResult before trusting it.
import { isApiErrorShape, type ApiResult } from '../../shared/errors';

export function asApiResult(body: unknown): ApiResult<unknown> | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (b.ok === true && 'result' in b) return { ok: true, result: b.result };
  if (b.ok === false && isApiErrorShape(b.error)) return { ok: false, error: b.error };
  return null;
}
