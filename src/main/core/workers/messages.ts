// What passes between the query thread and a core worker thread.
import type { ApiErrorShape } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { ReadTaskName } from './readTasks';
import type { DemoReport } from '../demo/generate';
import type { ImportCommitInput, ImportCommitResult } from '../../../shared/registerImport';
import type { BackupFileName } from '../backup/backupFiles';
import type { BackupProblemCode } from '../backup/backupProblem';
import type { WrittenBackup } from '../backup/writeBackup';

export interface ReadWorkerData {
  mode: 'read';
  dbFile: string;
  keyHex: string;
  nativeBinding: string | null;
}

/** A first start's demo street, generated off the query thread (the only writer while it runs). */
export interface DemoWorkerData {
  mode: 'demo';
  dataDir: string;
  scale: number;
  seed: number;
  anchor: number;
  nativeBinding: string | null;
}

/** Pending migrations of an existing street, applied on a connection of their own before the core opens its own. */
export interface MigrateWorkerData {
  mode: 'migrate';
  dbFile: string;
  keyHex: string;
  nativeBinding: string | null;
}

/** A register import's commit: one transaction on a read-write connection of its own. The
 *  query thread sets cancel[0] to 1 to stop it; the transaction then rolls back. */
/** A spare thread (spareWorker.ts): it loads the core, then waits for its job's data as its first message. */
export interface StandbyWorkerData {
  mode: 'standby';
}

export interface CommitWorkerData {
  mode: 'commit';
  dbFile: string;
  keyHex: string;
  nativeBinding: string | null;
  input: ImportCommitInput;
  user: UserView;
  now: number;
  cancel: SharedArrayBuffer;
}

/** One backup: VACUUM INTO on a read-only connection of its own, verified, then renamed into place. */
export interface BackupWorkerData {
  mode: 'backup';
  dbFile: string;
  keyringFile: string;
  keyHex: string;
  nativeBinding: string | null;
  folder: string;
  names: BackupFileName;
}

export type BackupReply =
  | { kind: 'progress'; fraction: number; stage: string }
  | { kind: 'done'; written: WrittenBackup }
  | { kind: 'failed'; code: BackupProblemCode | 'internal'; message: string };

export type CommitReply = { kind: 'progress'; fraction: number; stage: string } | { kind: 'done'; result: ImportCommitResult } | { kind: 'error'; error: ApiErrorShape };

export type MigrateReply = { kind: 'done'; applied: string[] } | { kind: 'failed'; message: string };

export type DemoReply = { kind: 'progress'; fraction: number; stage: string } | { kind: 'done'; report: DemoReport } | { kind: 'failed'; message: string };

export interface TaskRequest {
  id: number;
  task: ReadTaskName;
  input: unknown;
  now: number;
  user: UserView;
}

export type TaskReply =
  | { id: number; kind: 'progress'; fraction: number; stage: string }
  | { id: number; kind: 'done'; result: unknown }
  | { id: number; kind: 'error'; error: ApiErrorShape };
