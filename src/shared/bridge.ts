// The one surface the preload script exposes to the renderer (window.streetops).
import type { ApiMethod, ApiOutput } from './api';
import type { ApiResult } from './errors';
import type { EventName, PushedEvent } from './events';

export interface StreetOpsBridge {
  invoke<M extends ApiMethod>(method: M, input: unknown, token: string | null): Promise<ApiResult<ApiOutput<M>>>;
  subscribe(listener: (event: PushedEvent<EventName>) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'streetops:invoke';
export const IPC_EVENT_CHANNEL = 'streetops:event';
