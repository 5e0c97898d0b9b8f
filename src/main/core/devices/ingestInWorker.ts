// A large vendor file is ingested in a core worker thread with its own read-write
// connection (one transaction there), so the query thread keeps answering while a million
// events are read, checked and written.
import type { WorkerEntry } from '../workers/workerEntry';
import { launchCoreWorker, type SpareWorker } from '../workers/spareWorker';
import type { Ingested, IngestRequest } from './ingest';

/** What the worker gets: the request with its text, or a file to read there. */
export interface DeviceIngestWorkerData {
  mode: 'deviceIngest';
  dbFile: string;
  keyHex: string;
  nativeBinding: string | null;
  request: Omit<IngestRequest, 'text'> & { text?: string; file?: string };
  now: number;
}

export type DeviceIngestReply = { kind: 'done'; ingested: Ingested } | { kind: 'failed'; message: string };

export function ingestInWorker(entry: WorkerEntry | SpareWorker, data: Omit<DeviceIngestWorkerData, 'mode'>): Promise<Ingested> {
  const workerData: DeviceIngestWorkerData = { mode: 'deviceIngest', ...data };
  const worker = launchCoreWorker(entry, workerData);
  return new Promise<Ingested>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: DeviceIngestReply) => {
      settled = true;
      if (m.kind === 'done') resolve(m.ingested);
      else reject(new Error(m.message));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the device ingestion stopped unexpectedly (exit ${code}); nothing was written`));
    });
  });
}
