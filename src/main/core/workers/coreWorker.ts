// A core worker thread: its own read-only connection on the open street, answering heavy
// read tasks one at a time. The master key arrives in memory (workerData) and is never
// written anywhere; the connection closes when the thread is terminated at lock.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import { openDatabase } from '../db/database';
import type { ReadWorkerData, TaskReply, TaskRequest } from './messages';
import { READ_TASKS } from './readTasks';

const data = workerData as ReadWorkerData;
const port = parentPort;
if (!port) throw new Error('coreWorker runs only as a worker thread');
const key = Buffer.from(data.keyHex, 'hex');
const db = openDatabase(data.dbFile, key, { readonly: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
key.fill(0);

const reply = (m: TaskReply) => port.postMessage(m);

port.on('message', (req: TaskRequest) => {
  void (async () => {
    try {
      const run = READ_TASKS[req.task] as (db: unknown, input: unknown, env: unknown) => unknown;
      const result = await run(db, req.input, {
        now: req.now,
        user: req.user,
        progress: (fraction: number, stage: string) => reply({ id: req.id, kind: 'progress', fraction, stage }),
      });
      reply({ id: req.id, kind: 'done', result });
    } catch (err) {
      const error =
        err instanceof ApiError
          ? err.toJSON()
          : { code: 'internal' as const, message: `internal error in ${req.task}: ${err instanceof Error ? err.message : String(err)}` };
      reply({ id: req.id, kind: 'error', error });
    }
  })();
});
reply({ id: 0, kind: 'done', result: 'ready' });
