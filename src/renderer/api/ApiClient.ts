// The one API client of the renderer: `call(method, input)` typed by the shared contract,
// over whichever transport the shell provides. It owns the session token's lifecycle.
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import type { EventMap, EventName, PushedEvent } from '../../shared/events';
import { ApiClientError } from './ApiClientError';
import { tokenStore } from './tokenStore';
import type { Transport } from './transport';

type TokenStore = typeof tokenStore;
type EventListener<E extends EventName> = (payload: EventMap[E]) => void;

export class ApiClient {
  private readonly unauthorizedListeners = new Set<() => void>();
  private readonly eventListeners = new Map<EventName, Set<(payload: unknown) => void>>();
  private stopStream: (() => void) | null = null;

  constructor(
    private readonly transport: Transport,
    private readonly tokens: TokenStore = tokenStore,
  ) {}

  get transportKind(): Transport['kind'] {
    return this.transport.kind;
  }

  hasToken(): boolean {
    return this.tokens.get() !== null;
  }

  async call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    let result;
    try {
      result = await this.transport.invoke(method, input, this.tokens.get());
    } catch (error) {
      throw ApiClientError.network(error instanceof Error ? error.message : String(error));
    }
    if (!result.ok) {
      if (result.error.code === 'unauthorized') this.dropSession();
      throw new ApiClientError(result.error);
    }
    // The transport decoded an ApiResult for this method; the server typed it by the contract.
    const output = result.result as ApiOutput<M>;
    if (method === 'auth.unlock') this.tokens.set((output as ApiOutput<'auth.unlock'>).token);
    if (method === 'auth.lock') this.tokens.set(null);
    return output;
  }

  /** Forgets the token and tells the app to show the unlock screen. */
  dropSession(): void {
    this.tokens.set(null);
    for (const listener of this.unauthorizedListeners) listener();
  }

  onUnauthorized(listener: () => void): () => void {
    this.unauthorizedListeners.add(listener);
    return () => this.unauthorizedListeners.delete(listener);
  }

  /** Listens to one pushed event; the underlying stream is opened on first use and shared. */
  on<E extends EventName>(name: E, listener: EventListener<E>): () => void {
    let set = this.eventListeners.get(name);
    if (!set) {
      set = new Set();
      this.eventListeners.set(name, set);
    }
    // Stored untyped in the per-name set; dispatch() only ever passes that name's payload.
    const untyped = listener as (payload: unknown) => void;
    set.add(untyped);
    this.ensureStream();
    return () => {
      set.delete(untyped);
    };
  }

  private ensureStream(): void {
    if (this.stopStream) return;
    this.stopStream = this.transport.subscribe(
      (event) => this.dispatch(event),
      () => this.tokens.get(),
      (cb) => this.tokens.subscribe(() => cb()),
    );
  }

  private dispatch(event: PushedEvent): void {
    const set = this.eventListeners.get(event.name);
    if (!set) return;
    for (const listener of set) listener(event.payload);
  }
}
