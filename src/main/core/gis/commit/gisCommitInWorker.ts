// A GIS import's commit runs in a core worker thread with its own read-write connection: at
// 10,000 footprints the inserts held the query thread for 2.3 s, and every other window's
// calls waited behind them. The query thread has checked a preview (refusals are answered
// there); the worker reads the records again inside its transaction and, if the digest is
// still the checked one, writes them all or nothing (gisCommitWorkerMain.ts). Cancelling sets a flag the worker reads
// before the writes and before COMMIT; it then rolls back and ends as cancelled.
import { ApiError, type ApiErrorShape } from '../../../../shared/errors';
import type { GisCommitInput, GisCommitResult } from '../../../../shared/gis';
import type { UserView } from '../../../../shared/views';
import { launchCoreWorker, type SpareWorker } from '../../workers/spareWorker';
import type { WorkerEntry } from '../../workers/workerEntry';
import type { CheckedPreview } from './commitGisImport';

export type GisCommitDone = GisCommitResult & { gridIds: number[] };

export interface GisCommitWorkerData {
  mode: 'gisCommit';
  dbFile: string;
  keyHex: string;
  nativeBinding: string | null;
  input: GisCommitInput;
  /** The preview the query thread checked (same digest), without its features. */
  checked: CheckedPreview;
  user: UserView;
  now: number;
  cancel: SharedArrayBuffer;
}

export type GisCommitReply = { kind: 'progress'; fraction: number; stage: string } | { kind: 'done'; result: GisCommitDone } | { kind: 'error'; error: ApiErrorShape };

export interface GisCommitHandle {
  result: Promise<GisCommitDone>;
  cancel(): void;
}

export function commitGisInWorker(
  entry: WorkerEntry | SpareWorker,
  options: Omit<GisCommitWorkerData, 'mode' | 'cancel'>,
  onProgress: (fraction: number, stage: string) => void,
  log: (line: string) => void,
): GisCommitHandle {
  const cancel = new SharedArrayBuffer(4);
  const data: GisCommitWorkerData = { mode: 'gisCommit', ...options, cancel };
  const worker = launchCoreWorker(entry, data);
  const result = new Promise<GisCommitDone>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: GisCommitReply) => {
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
      log(`GIS import commit worker failed: ${err.message}`);
      reject(new ApiError('internal', 'internal error; see the application log'));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new ApiError('internal', `the GIS import stopped unexpectedly (exit ${code}); nothing was written`));
    });
  });
  return { result, cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
}
