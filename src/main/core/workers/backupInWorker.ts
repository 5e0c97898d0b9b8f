// Runs one backup in a core worker thread with its own read-only connection: copying and
// integrity-checking a street takes seconds, and the thread that answers every other call
// must keep answering (the wall, the dispatchers' queues) while it runs.
import { BackupProblem } from '../backup/backupProblem';
import type { WrittenBackup } from '../backup/writeBackup';
import type { BackupReply, BackupWorkerData } from './messages';
import type { WorkerEntry } from './workerEntry';
import { launchCoreWorker, type SpareWorker } from './spareWorker';

export function backupInWorker(entry: WorkerEntry | SpareWorker, options: Omit<BackupWorkerData, 'mode'>, onProgress: (fraction: number, stage: string) => void): Promise<WrittenBackup> {
  const data: BackupWorkerData = { mode: 'backup', ...options };
  const worker = launchCoreWorker(entry, data);
  return new Promise<WrittenBackup>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: BackupReply) => {
      if (m.kind === 'progress') return onProgress(m.fraction, m.stage);
      settled = true;
      if (m.kind === 'done') resolve(m.written);
      else reject(m.code === 'internal' ? new Error(m.message) : new BackupProblem(m.code, m.message));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the backup stopped unexpectedly (exit ${code}); the database was only read and is unchanged`));
    });
  });
}
