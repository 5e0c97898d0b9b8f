// A transport carries one call or the push stream; the client above it is the same for
// Electron IPC and for HTTP.
import type { ApiMethod } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import type { PushedEvent } from '../../shared/events';

export interface Transport {
  readonly kind: 'electron' | 'http';
  /** Resolves with the ApiResult; rejects only when no ApiResult could be obtained. */
  invoke(method: ApiMethod, input: unknown, token: string | null): Promise<ApiResult<unknown>>;
  /** Starts receiving pushed events; returns the function that stops it. */
  subscribe(listener: (event: PushedEvent) => void, getToken: () => string | null, onTokenChange: (cb: () => void) => () => void): () => void;
}
