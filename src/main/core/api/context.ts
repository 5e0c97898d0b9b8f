// What a handler may use: the clock, the caller's session, the unlocked database, and the
// auth operations (which need the keyring, not the database).
import type { BackupRunView } from '../../../shared/backup';
import type { Db } from '../db/database';
import type { Session } from '../session/sessions';
import type { CallOrigin } from '../handle';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { JobProgress } from '../../../shared/views';
import type { ReadTaskName } from '../workers/readTasks';
import type { EventName, EventPayload } from '../../../shared/events';
import type { SessionStatus, UnlockResult } from '../../../shared/views';
import type { ImportCommitInput, ImportCommitResult } from '../../../shared/registerImport';
import type { GisCommitInput } from '../../../shared/gis';
import type { GisCommitDone } from '../gis/commit/gisCommitInWorker';
import type { CheckedPreview } from '../gis/commit/commitGisImport';
import type { DeviceOps } from '../devices/deviceRuntime';
import type { FirstStartInput, FirstStartResult } from '../../../shared/newStreet';

export interface AuthOps {
  status(token: string | null): SessionStatus;
  unlock(username: string, password: string, source: string): Promise<UnlockResult>;
  lock(token: string | null): { locked: true };
  /** The first screen's choice on an empty data directory: the demo street, or a new empty one (refused once anything of a street is there). */
  firstStart(input: FirstStartInput): Promise<FirstStartResult>;
}

/** What account handlers need from the core beyond the database: the keyring (through the
 *  open street's master key), live sessions and the unlock throttle. */
export interface AccountOps {
  /** Wraps the master key for `username` under `password` (slow KDF, off this thread), then runs
   *  `record` and replaces the user's keyring entry in one database transaction. */
  setPassword(username: string, password: string, record: (db: Db) => void): Promise<void>;
  /** Removes the user's keyring entry inside the transaction that runs `record`. */
  removeKey(username: string, record: (db: Db) => void): void;
  /** Whether the password unwraps this user's key (counted by the unlock throttle). */
  verifyPassword(username: string, password: string, source: string): Promise<boolean>;
  endSessions(userId: number): void;
  /** Re-reads a user into their live sessions (after a password change). */
  refreshUser(userId: number): void;
  throttleState(username: string): { lockedOut: boolean; lockedUntil: number | null };
  liftThrottle(username: string): void;
  /** Re-reads the office settings that the core itself applies (session limits). */
  applySettings(): void;
}

export interface CallContext {
  now: number;
  token: string | null;
  /** Where the call came from (throttling counts per source). */
  origin: CallOrigin;
  session: Session | null;
  /** The open database; throws `not_ready` while the street is locked or being prepared. */
  db(): Db;
  auth: AuthOps;
  accounts: AccountOps;
  /** Runs a heavy read in a worker thread (its own read-only connection), so this thread keeps
   *  answering. With a job kind, progress is pushed as job.progress and the caller may cancel it. */
  heavy<M extends ReadTaskName>(task: M, input: ApiParsedInput<M>, job?: JobProgress['kind']): Promise<ApiOutput<M>>;
  /** Commits a register import in a worker thread with its own read-write connection (one
   *  transaction), as an 'import' job the caller may cancel. */
  commitImport(input: ImportCommitInput): Promise<ImportCommitResult>;
  /** Commits a GIS import, checked on `checked` (a preview with the same digest), in a worker
   *  thread with its own read-write connection (one transaction), as an 'import' job the caller may cancel. */
  commitGis(input: GisCommitInput, checked: CheckedPreview): Promise<GisCommitDone>;
  /** Makes a backup now into the configured folder, in a worker thread, as a 'backup' job;
   *  answers its log row (ok or with the problem). */
  backup(): Promise<BackupRunView>;
  /** Device ingestion (one at a time; large files in a worker) and the alert rules' full evaluation. */
  devices: DeviceOps;
  /** Cancels a running job started by this user. */
  cancelJob(jobId: string): boolean;
  /** Push an event to every open window (after the write has committed). */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** A line for the application log (timings and the like that are not for the screen). */
  log(line: string): void;
  /** better_sqlite3.node of the running runtime (Electron's own build), for opening other SQLite files (an MBTiles basemap). */
  nativeBinding?: string | null;
}
