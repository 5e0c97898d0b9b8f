// The core as every shell sees it: one call function over the API contract, one event
// stream. Electron's IPC bridge and the HTTP server are thin adapters over this.
import type { ApiResult } from '../../shared/errors';
import type { PushedEvent } from '../../shared/events';

export interface CoreOptions {
  /** Folder holding streetops.db (+ -wal/-shm) and keyring.json. Created if missing. */
  dataDir: string;
  /** better_sqlite3.node built for the running runtime; Electron passes its own build. */
  nativeBinding?: string;
  /** First start with no database: generate the demo street at this scale and seed. */
  demo?: { scale: number; seed: number };
  /** On an empty data directory, wait for the first screen's choice (firstStart.create: the demo, or a new empty street)
   *  instead of generating the demo at once. The shells set it; `serve --demo` and tests that want the demo at once do not. */
  askFirstStart?: boolean;
  /** The bundled core worker (out/main/coreWorker.js) in a built app; from source, the TypeScript worker is loaded through tsx. */
  workerEntry?: URL;
  /** Start the interactive reads' worker thread at unlock, so the map's first map.base does
   *  not wait for a thread to start (the shells set it; tests that unlock many streets do not). */
  warmWorkers?: boolean;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** The minute timers (deadline chase, device rules, scheduled backups); on unless false. Tests
   *  that compare whole-database digests across seconds turn them off, since a tick may write
   *  between the two digests; the timers' own tests call them directly. */
  minuteTimers?: boolean;
  log?: (line: string) => void;
}

/** Where a call came from, as the shell knows it: unlock throttling counts failures per source. */
export interface CallOrigin {
  /** 'ipc' for the Electron window; the peer address for the browser shell. */
  source: string;
}

export interface CoreHandle {
  /** Validate, authorise and run one API method. Never throws: errors come back as { ok: false }. */
  call(method: string, input: unknown, token: string | null, origin?: CallOrigin): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: PushedEvent) => void): () => void;
  /** Whether a token still belongs to an unlocked session (push channels check it per event). */
  hasSession(token: string | null): boolean;
  /** Resolves once a first-start demo generation (if any) has finished. */
  ready(): Promise<void>;
  close(): Promise<void>;
}
