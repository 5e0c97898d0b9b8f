// One write job in a core worker thread with its own read-write connection (a register
// import's commit, a GIS import's commit): progress relayed, the result or the refusal
// carried back as an ApiError, an internal error logged and worded generically, and a
// cancel flag the job reads at its checkpoints before it rolls back.
import { ApiError, type ApiErrorShape } from '../../../shared/errors';
import type { WorkerEntry } from './workerEntry';
import { launchCoreWorker, type SpareWorker } from './spareWorker';

export type WriteJobReply<T> = { kind: 'progress'; fraction: number; stage: string } | { kind: 'done'; result: T } | { kind: 'error'; error: ApiErrorShape };

export interface WriteJobHandle<T> {
  result: Promise<T>;
  cancel(): void;
}

/** `what` names the job in the log and in the message when its thread dies ("import", "GIS import"). */
export function runWriteJobInWorker<T>(
  entry: WorkerEntry | SpareWorker,
  data: (cancel: SharedArrayBuffer) => object,
  onProgress: (fraction: number, stage: string) => void,
  log: (line: string) => void,
  what: string,
): WriteJobHandle<T> {
  const cancel = new SharedArrayBuffer(4);
  const worker = launchCoreWorker(entry, data(cancel));
  const result = new Promise<T>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: WriteJobReply<T>) => {
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
      log(`${what} commit worker failed: ${err.message}`);
      reject(new ApiError('internal', 'internal error; see the application log'));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new ApiError('internal', `the ${what} stopped unexpectedly (exit ${code}); nothing was written`));
    });
  });
  return { result, cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
}
