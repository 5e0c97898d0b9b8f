import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/errors';
import { ApiClient } from './ApiClient';
import { ApiClientError } from './ApiClientError';
import type { tokenStore } from './tokenStore';
import type { Transport } from './transport';

function memoryTokens(initial: string | null = null): typeof tokenStore {
  let token = initial;
  const listeners = new Set<(t: string | null) => void>();
  return {
    get: () => token,
    set: (t) => {
      token = t;
      for (const l of listeners) l(t);
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

function transportAnswering(answer: (method: string, token: string | null) => ApiResult<unknown> | Error): Transport & { calls: { method: string; token: string | null }[] } {
  const calls: { method: string; token: string | null }[] = [];
  return {
    kind: 'http',
    calls,
    async invoke(method, _input, token) {
      calls.push({ method, token });
      const a = answer(method, token);
      if (a instanceof Error) throw a;
      return a;
    },
    subscribe: () => () => undefined,
  };
}

const user = { id: 1, username: 'admin', displayName: '管理员', role: 'admin' as const };

describe('ApiClient', () => {
  it('keeps the token from auth.unlock and sends it with later calls', async () => {
    const tokens = memoryTokens();
    const transport = transportAnswering((method) =>
      method === 'auth.unlock' ? { ok: true, result: { token: 'tok', user, streetName: '九龙街道' } } : { ok: true, result: { locked: true } },
    );
    const client = new ApiClient(transport, tokens);
    await client.call('auth.unlock', { username: 'admin', password: 'x' });
    expect(tokens.get()).toBe('tok');
    await client.call('auth.lock', {});
    expect(transport.calls[1]).toEqual({ method: 'auth.lock', token: 'tok' });
    expect(tokens.get()).toBeNull();
  });

  it('turns an error result into ApiClientError and drops the session on unauthorized', async () => {
    const tokens = memoryTokens('stale');
    const client = new ApiClient(transportAnswering(() => ({ ok: false, error: { code: 'unauthorized', message: 'no session' } })), tokens);
    const onUnauthorized = vi.fn();
    client.onUnauthorized(onUnauthorized);
    const error = await client.call('street.summary', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiClientError);
    expect((error as ApiClientError).code).toBe('unauthorized');
    expect(tokens.get()).toBeNull();
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('keeps the session on other errors', async () => {
    const tokens = memoryTokens('tok');
    const client = new ApiClient(transportAnswering(() => ({ ok: false, error: { code: 'wrong_password', message: 'no' } })), tokens);
    await expect(client.call('auth.unlock', { username: 'a', password: 'b' })).rejects.toMatchObject({ code: 'wrong_password', network: false });
    expect(tokens.get()).toBe('tok');
  });

  it('reports an unreachable service as a network error', async () => {
    const client = new ApiClient(transportAnswering(() => new TypeError('fetch failed')), memoryTokens());
    await expect(client.call('session.status', {})).rejects.toMatchObject({ network: true });
  });
});
