// The boundary: every call from a window or a browser passes here. The input is untrusted:
// it is parsed with the method's zod schema before any handler sees it, and whatever goes
// wrong leaves as a typed { code, message, details }, never as a stack trace.
import type { z } from 'zod';
import { PUBLIC_METHODS, apiSchemas, isApiMethod, type ApiMethod } from '../../../shared/api';
import { ApiError, type ApiErrorDetail, type ApiResult } from '../../../shared/errors';
import type { CallContext } from './context';
import { handlers, type Handler } from './handlers';

export function zodDetails(error: z.ZodError): ApiErrorDetail[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return { path: issue.keys.join(','), message: 'is not a known field' };
    return { path: path || '(input)', message: issue.message };
  });
}

/** What an account that must change its password may still do. */
const PASSWORD_CHANGE_METHODS: readonly ApiMethod[] = ['session.status', 'auth.lock', 'auth.changePassword'];

/** SQLite reports a full disk as SQLITE_FULL (also for a full WAL or journal); Node's own writes as ENOSPC. */
export function isDiskFull(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

export interface DispatchDeps {
  context(token: string | null): Omit<CallContext, 'token'>;
  log(line: string): void;
}

export async function dispatch(deps: DispatchDeps, method: string, input: unknown, token: string | null): Promise<ApiResult<unknown>> {
  try {
    if (typeof method !== 'string' || !isApiMethod(method)) {
      throw new ApiError('unknown_method', `unknown API method: ${String(method).slice(0, 80)}`);
    }
    const ctx: CallContext = { ...deps.context(token), token };
    if (!PUBLIC_METHODS.includes(method) && !ctx.session) {
      throw new ApiError('unauthorized', 'this call needs an unlocked session');
    }
    if (ctx.session?.user.mustChangePassword && !PASSWORD_CHANGE_METHODS.includes(method)) {
      throw new ApiError('password_change_required', 'this account must set its own password first (auth.changePassword)');
    }
    const parsed = apiSchemas[method].safeParse(input ?? {});
    if (!parsed.success) {
      const details = zodDetails(parsed.error);
      const first = details[0];
      throw new ApiError('invalid_input', `${method}: ${first ? `${first.path} ${first.message}` : 'invalid input'}`, details);
    }
    // The map's type ties each method to its own handler; TypeScript cannot follow the
    // correlation through an indexed access, so the one cast lives here.
    const handler = handlers[method] as Handler<ApiMethod>;
    const result = await handler(parsed.data as never, ctx);
    return { ok: true, result };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
    if (isDiskFull(err)) {
      deps.log(`disk full in ${String(method)}: ${err instanceof Error ? err.message : String(err)}`);
      return { ok: false, error: { code: 'disk_full', message: 'the disk is full (磁盘空间不足): nothing was written; free some space and try again' } };
    }
    deps.log(`internal error in ${String(method)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ok: false, error: { code: 'internal', message: 'internal error; see the application log' } };
  }
}
