// A GIS import's commit runs in a core worker thread with its own read-write connection: at
// 10,000 footprints the inserts held the query thread for 2.3 s, and every other window's
// calls waited behind them. The query thread has checked a preview (refusals are answered
// there); the worker reads the records again inside its transaction and, if the digest is
// still the checked one, writes them all or nothing (gisCommitWorkerMain.ts). Cancelling sets a flag the worker reads
// before the writes and before COMMIT; it then rolls back and ends as cancelled.
import type { GisCommitInput, GisCommitResult } from '../../../../shared/gis';
import type { UserView } from '../../../../shared/views';
import type { SpareWorker } from '../../workers/spareWorker';
import { runWriteJobInWorker, type WriteJobReply } from '../../workers/writeJobInWorker';
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

export type GisCommitReply = WriteJobReply<GisCommitDone>;

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
  return runWriteJobInWorker<GisCommitDone>(entry, (cancel): GisCommitWorkerData => ({ mode: 'gisCommit', ...options, cancel }), onProgress, log, 'GIS import');
}
