// Runs an existing street's pending migrations in a core worker thread, so an unlock after
// an upgrade does not hold the thread that answers every other call (3.1 s at scale 1 for
// the search index and kept counts). Resolves with the migrations applied.
import { Worker } from 'node:worker_threads';
import type { MigrateReply, MigrateWorkerData } from './messages';
import type { WorkerEntry } from './workerEntry';

export function migrateInWorker(entry: WorkerEntry, options: Omit<MigrateWorkerData, 'mode'>): Promise<string[]> {
  const data: MigrateWorkerData = { mode: 'migrate', ...options };
  const worker = entry.kind === 'url' ? new Worker(entry.url, { workerData: data }) : new Worker(entry.source, { eval: true, workerData: data });
  return new Promise<string[]>((resolve, reject) => {
    let settled = false;
    worker.once('message', (m: MigrateReply) => {
      settled = true;
      if (m.kind === 'done') resolve(m.applied);
      else reject(new Error(m.message));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`migrations stopped (exit ${code})`));
    });
  });
}
