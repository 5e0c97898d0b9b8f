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

  it('omits the Authorization header without a token', async () => {
    const headersSeen: Record<string, string>[] = [];
    const fakeFetch = (async (_url: string, init?: RequestInit) => {
      headersSeen.push((init?.headers ?? {}) as Record<string, string>);
      return new Response(streamOf([]), { status: 200 });
    }) as typeof fetch;
    const stop = openEventStream({ url: '/e', getToken: () => null, onTokenChange: () => () => undefined, onEvent: () => undefined, fetchImpl: fakeFetch, minDelayMs: 50 });
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(headersSeen[0]?.Authorization).toBeUndefined();
  });
});
