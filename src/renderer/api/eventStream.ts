// Reads GET /api/events with fetch + ReadableStream (EventSource cannot send an
// Authorization header) and reconnects with backoff when the stream drops.
import type { PushedEvent } from '../../shared/events';
import { asPushedEvent } from './pushedEvent';
import { SseParser } from './sseParser';

export interface EventStreamOptions {
  url: string;
  getToken: () => string | null;
  /** Fires when the token changes: the stream reconnects at once with the new one. */
  onTokenChange: (cb: () => void) => () => void;
  onEvent: (event: PushedEvent) => void;
  fetchImpl?: typeof fetch;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export function backoffDelay(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt));
  // Jitter so that several windows do not reconnect in lockstep after a restart.
  return Math.round(base * (0.75 + random() * 0.5));
}

export function openEventStream(options: EventStreamOptions): () => void {
  const doFetch = options.fetchImpl ?? fetch.bind(globalThis);
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 15_000;
  let stopped = false;
  let attempt = 0;
  let current: AbortController | null = null;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const unsubscribeToken = options.onTokenChange(() => {
    attempt = 0;
    current?.abort();
    wake?.();
  });

  const readOnce = async (): Promise<void> => {
    const controller = new AbortController();
    current = controller;
    const token = options.getToken();
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await doFetch(options.url, { headers, signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`event stream: HTTP ${response.status}`);
    attempt = 0;
    const parser = new SseParser();
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      for (const data of parser.feed(decoder.decode(value, { stream: true }))) {
        const event = asPushedEvent(data);
        if (event) options.onEvent(event);
      }
    }
  };

  void (async () => {
    while (!stopped) {
      try {
        await readOnce();
      } catch {
        // Dropped, refused or aborted: fall through to the backoff below.
      }
      if (stopped) break;
      await sleep(backoffDelay(attempt, minDelay, maxDelay));
      attempt += 1;
    }
  })();

  return () => {
    stopped = true;
    unsubscribeToken();
    current?.abort();
    wake?.();
  };
}
