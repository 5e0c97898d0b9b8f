// Runs a register import's commit in a core worker thread with its own read-write
// connection, so the thread that answers every other call keeps answering while a street's
// register is written. Cancelling sets a flag the commit checks about every hundredth of its
// rows; it then rolls back and ends as cancelled (terminating the thread would leave the
// rollback to the connection's cleanup).
import { ApiError } from '../../../shared/errors';
import type { ImportCommitResult } from '../../../shared/registerImport';
import type { CommitReply, CommitWorkerData } from './messages';
import type { WorkerEntry } from './workerEntry';
import { launchCoreWorker, type SpareWorker } from './spareWorker';

export interface CommitHandle {
  result: Promise<ImportCommitResult>;
  cancel(): void;
}

export function commitImportInWorker(entry: WorkerEntry | SpareWorker, options: Omit<CommitWorkerData, 'mode' | 'cancel'>, onProgress: (fraction: number, stage: string) => void, log: (line: string) => void): CommitHandle {
  const cancel = new SharedArrayBuffer(4);
  const data: CommitWorkerData = { mode: 'commit', ...options, cancel };
  const worker = launchCoreWorker(entry, data);
  const result = new Promise<ImportCommitResult>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: CommitReply) => {
      if (m.kind === 'progress') return onProgress(m.fraction, m.stage);
      settled = true;
      if (m.kind === 'done') resolve(m.result);
      else if (m.error.code === 'internal') {
        log(m.error.message);
        reject(new ApiError('internal', 'internal error; see the application log'));
      } else reject(new ApiError(m.error.code, m.error.message, m.error.details));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      settled = true;
      log(`import commit worker failed: ${err.message}`);
      reject(new ApiError('internal', 'internal error; see the application log'));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new ApiError('internal', `the import stopped unexpectedly (exit ${code}); nothing was written`));
    });
  });
  return { result, cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
}
