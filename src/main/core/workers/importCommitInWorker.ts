// Runs a register import's commit in a core worker thread with its own read-write
// connection, so the thread that answers every other call keeps answering while a street's
// register is written. Cancelling sets a flag the commit checks about every hundredth of its
// rows; it then rolls back and ends as cancelled (terminating the thread would leave the
// rollback to the connection's cleanup).
import type { ImportCommitResult } from '../../../shared/registerImport';
import type { CommitWorkerData } from './messages';
import type { WorkerEntry } from './workerEntry';
import type { SpareWorker } from './spareWorker';
import { runWriteJobInWorker } from './writeJobInWorker';

export interface CommitHandle {
  result: Promise<ImportCommitResult>;
  cancel(): void;
}

export function commitImportInWorker(entry: WorkerEntry | SpareWorker, options: Omit<CommitWorkerData, 'mode' | 'cancel'>, onProgress: (fraction: number, stage: string) => void, log: (line: string) => void): CommitHandle {
  return runWriteJobInWorker<ImportCommitResult>(entry, (cancel): CommitWorkerData => ({ mode: 'commit', ...options, cancel }), onProgress, log, 'import');
}
