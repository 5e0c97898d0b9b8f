import { describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../shared/events';
import { backoffDelay, openEventStream } from './eventStream';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

describe('backoffDelay', () => {
  it('doubles up to the cap, with bounded jitter', () => {
    expect(backoffDelay(0, 500, 15_000, () => 0.5)).toBe(500);
    expect(backoffDelay(3, 500, 15_000, () => 0.5)).toBe(4000);
    expect(backoffDelay(20, 500, 15_000, () => 0.5)).toBe(15_000);
    expect(backoffDelay(0, 500, 15_000, () => 0)).toBe(375);
  });
});

describe('openEventStream', () => {
  it('sends the token, delivers events and reconnects after the stream ends', async () => {
    const seen: { auth: string | null }[] = [];
    const events: PushedEvent[] = [];
    const payload = { jobId: 'j', kind: 'demo', fraction: 0.5, stage: 'grids', state: 'running' };
    const fakeFetch = (async (_url: string, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      seen.push({ auth: headers.Authorization ?? null });
      return new Response(streamOf([': hi\n\n', `data: ${JSON.stringify({ name: 'job.progress', payload })}\n`, '\n', 'data: not json\n\n']), { status: 200 });
    }) as typeof fetch;
    const stop = openEventStream({
      url: '/api/events',
      getToken: () => 'tok',
      onTokenChange: () => () => undefined,
      onEvent: (e) => events.push(e),
      fetchImpl: fakeFetch,
      minDelayMs: 1,
      maxDelayMs: 2,
    });
    await new Promise((r) => setTimeout(r, 60));
    stop();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]).toEqual({ auth: 'Bearer tok' });
    expect(events[0]).toEqual({ name: 'job.progress', payload });
  });

  it('does not connect without a token, and connects as soon as one arrives', async () => {
    const headersSeen: Record<string, string>[] = [];
    const fakeFetch = (async (_url: string, init?: RequestInit) => {
      headersSeen.push((init?.headers ?? {}) as Record<string, string>);
      return new Response(streamOf([]), { status: 200 });
    }) as typeof fetch;
    let token: string | null = null;
    let tokenChanged: () => void = () => undefined;
    const stop = openEventStream({
      url: '/e',
      getToken: () => token,
      onTokenChange: (cb) => {
        tokenChanged = cb;
        return () => undefined;
      },
      onEvent: () => undefined,
      fetchImpl: fakeFetch,
      minDelayMs: 1_000,
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(headersSeen).toEqual([]);
    token = 'tok';
    tokenChanged();
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(headersSeen[0]?.Authorization).toBe('Bearer tok');
  });

  it('stops retrying once the server refuses the token (401) until the token changes', async () => {
    const tokensSeen: string[] = [];
    const fakeFetch = (async (_url: string, init?: RequestInit) => {
      const auth = ((init?.headers ?? {}) as Record<string, string>).Authorization ?? '';
      tokensSeen.push(auth);
      return auth === 'Bearer fresh' ? new Response(streamOf([': hi\n\n']), { status: 200 }) : new Response('{}', { status: 401 });
    }) as typeof fetch;
    let token: string | null = 'stale';
    let tokenChanged: () => void = () => undefined;
    const stop = openEventStream({
      url: '/e',
      getToken: () => token,
      onTokenChange: (cb) => {
        tokenChanged = cb;
        return () => undefined;
      },
      onEvent: () => undefined,
      fetchImpl: fakeFetch,
      minDelayMs: 1,
      maxDelayMs: 2,
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(tokensSeen).toEqual(['Bearer stale']);
    token = 'fresh';
    tokenChanged();
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(tokensSeen[1]).toBe('Bearer fresh');
  });
});
