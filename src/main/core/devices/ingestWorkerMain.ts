// The worker side of a large ingestion: open the street read-write, ingest in one
// transaction, close, answer.
import { readFileSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { openDatabase } from '../db/database';
import { ingestText } from './ingest';
import type { DeviceIngestReply, DeviceIngestWorkerData } from './ingestInWorker';

const WORKER_CACHE_KIB = 32 * 1024;

export function ingestDevicesInThisWorker(data: DeviceIngestWorkerData, port: Pick<MessagePort, 'postMessage'>): void {
  const reply = (m: DeviceIngestReply) => port.postMessage(m);
  const key = Buffer.from(data.keyHex, 'hex');
  let db: ReturnType<typeof openDatabase> | null = null;
  try {
    db = openDatabase(data.dbFile, key, { cacheKiB: WORKER_CACHE_KIB, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
    key.fill(0);
    const { file, text, ...request } = data.request;
    const body = text ?? readFileSync(file!, 'utf8');
    reply({ kind: 'done', ingested: ingestText(db, { ...request, text: body }, data.now) });
  } catch (err) {
    reply({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    key.fill(0);
    db?.close();
  }
}
