// The worker side of a GIS import's commit: open the street read-write, then in one
// transaction read the file's records again (its first read fixes the data the writes see, so
// the digest compares against exactly what is written) and write them with commitGisImport.
// The grid rules are not run again: the query thread checked them on a preview with the same
// digest (same file, choices and street), so their answer has not changed.
// A write another connection committed in between makes the first write fail rather than
// be overwritten; any refusal, cancel or failure rolls everything back.
import type { MessagePort } from 'node:worker_threads';
import { ApiError } from '../../../../shared/errors';
import { openDatabase } from '../../db/database';
import { planGisImport } from '../plan/planGisImport';
import { commitGisImport } from './commitGisImport';
import type { GisCommitReply, GisCommitWorkerData } from './gisCommitInWorker';

const WORKER_CACHE_KIB = 32 * 1024;

export function commitGisInThisWorker(data: GisCommitWorkerData, port: Pick<MessagePort, 'postMessage'>): void {
  const reply = (m: GisCommitReply) => port.postMessage(m);
  const key = Buffer.from(data.keyHex, 'hex');
  const cancel = new Int32Array(data.cancel);
  const stop = () => {
    if (Atomics.load(cancel, 0) === 1) throw new ApiError('cancelled', 'the GIS import was cancelled; nothing was written');
  };
  let db: ReturnType<typeof openDatabase> | null = null;
  void (async () => {
    try {
      db = openDatabase(data.dbFile, key, { cacheKiB: WORKER_CACHE_KIB, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
      key.fill(0);
      const { digest: _digest, override: _override, ...previewInput } = data.input;
      reply({ kind: 'progress', fraction: 0.05, stage: 'plan' });
      // Deferred: planning only reads; the write lock is taken at the first write.
      db.exec('BEGIN');
      try {
        const plan = await planGisImport(db, previewInput, { rules: false });
        stop();
        reply({ kind: 'progress', fraction: 0.6, stage: 'write' });
        const result = commitGisImport(db, plan.preview, data.input, data.user, data.now, data.checked);
        stop();
        db.exec('COMMIT');
        reply({ kind: 'done', result });
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    } catch (err) {
      const error = err instanceof ApiError ? err.toJSON() : { code: 'internal' as const, message: `internal error in the GIS import's commit: ${err instanceof Error ? err.message : String(err)}` };
      reply({ kind: 'error', error });
    } finally {
      key.fill(0);
      db?.close();
    }
  })();
}
