// Runs a first start's demo generation in a core worker thread and follows its progress.
import { Worker } from 'node:worker_threads';
import type { DemoReport } from '../demo/generate';
import type { DemoReply, DemoWorkerData } from './messages';
import type { WorkerEntry } from './workerEntry';

export function generateDemoInWorker(
  entry: WorkerEntry,
  options: Omit<DemoWorkerData, 'mode'>,
  onProgress: (fraction: number, stage: string) => void,
): Promise<DemoReport> {
  const data: DemoWorkerData = { mode: 'demo', ...options };
  const worker = entry.kind === 'url' ? new Worker(entry.url, { workerData: data }) : new Worker(entry.source, { eval: true, workerData: data });
  return new Promise<DemoReport>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: DemoReply) => {
      if (m.kind === 'progress') return onProgress(m.fraction, m.stage);
      settled = true;
      if (m.kind === 'done') resolve(m.report);
      else reject(new Error(m.message));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`demo generation stopped (exit ${code})`));
    });
  });
}
