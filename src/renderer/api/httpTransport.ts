// Transport for the browser shell: POST /api/call/<method>, push events over /api/events.
import { openEventStream } from './eventStream';
import { asApiResult } from './resultShape';
import type { Transport } from './transport';

export function httpTransport(baseUrl = ''): Transport {
  return {
    kind: 'http',
    async invoke(method, input, token) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(`${baseUrl}/api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
      });
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new Error(`HTTP ${response.status}: the answer is not JSON`);
      }
      const result = asApiResult(body);
      if (!result) throw new Error(`HTTP ${response.status}: the answer is not an ApiResult`);
      return result;
    },
    subscribe(listener, getToken, onTokenChange) {
      return openEventStream({ url: `${baseUrl}/api/events`, getToken, onTokenChange, onEvent: listener });
    },
  };
}
