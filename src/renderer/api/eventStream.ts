// Reads GET /api/events with fetch + ReadableStream (EventSource cannot send an
// Authorization header) and reconnects with backoff when the stream drops. The server
// streams only to unlocked sessions, so without a token, or once it is refused (401),
// the stream waits for the next token instead of retrying.
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

  /** Sleeps ms, or until the token changes or the stream stops (ms = null: only then). */
  const sleep = (ms: number | null) =>
    new Promise<void>((resolve) => {
      const timer =
        ms === null
          ? undefined
          : setTimeout(() => {
              wake = null;
              resolve();
            }, ms);
      wake = () => {
        if (timer !== undefined) clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const unsubscribeToken = options.onTokenChange(() => {
    attempt = 0;
    current?.abort();
    wake?.();
  });

  /** Reads one connection; 'refused' when the server will not stream to this token. */
  const readOnce = async (token: string): Promise<'ended' | 'refused'> => {
    const controller = new AbortController();
    current = controller;
    const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
    const response = await doFetch(options.url, { headers, signal: controller.signal, cache: 'no-store' });
    if (response.status === 401) return 'refused';
    if (!response.ok || !response.body) throw new Error(`event stream: HTTP ${response.status}`);
    attempt = 0;
    const parser = new SseParser();
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      for (const data of parser.feed(decoder.decode(value, { stream: true }))) {
        const event = asPushedEvent(data);
        if (event) options.onEvent(event);
      }
    }
  };

  void (async () => {
    while (!stopped) {
      const token = options.getToken();
      if (token === null) {
        await sleep(null);
        continue;
      }
      try {
        if ((await readOnce(token)) === 'refused' && token === options.getToken()) {
          await sleep(null);
          continue;
        }
      } catch {
        // Dropped or aborted: fall through to the backoff below.
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
