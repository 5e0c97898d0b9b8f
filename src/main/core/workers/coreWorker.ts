// A core worker thread. In 'read' mode: its own read-only connection on the open street,
// answering heavy read tasks one at a time. In 'demo' mode: a first start's demo street,
// generated here so the query thread keeps answering. In 'migrate' mode: an existing
// street's pending migrations, on a connection of its own that is closed before the core
// opens its own (seconds at district scale, e.g. backfilling kept counts). The master key arrives in memory
// (workerData) and is never written anywhere.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import { createDemoStreet } from '../bootstrap';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { DEMO_USERS } from '../users';
import type { BackupReply, BackupWorkerData, CommitReply, CommitWorkerData, DemoReply, DemoWorkerData, MigrateReply, MigrateWorkerData, ReadWorkerData, StandbyWorkerData, TaskReply, TaskRequest } from './messages';
import { commitImport } from '../registerImport/commitImport';
import { READ_TASKS } from './readTasks';
import { BackupProblem } from '../backup/backupProblem';
import { writeBackup } from '../backup/writeBackup';
import { ingestDevicesInThisWorker } from '../devices/ingestWorkerMain';
import type { DeviceIngestWorkerData } from '../devices/ingestInWorker';
import { commitGisInThisWorker } from '../gis/commit/gisCommitWorkerMain';
import type { GisCommitWorkerData } from '../gis/commit/gisCommitInWorker';

const WORKER_CACHE_KIB = 16 * 1024;
const port = parentPort;
if (!port) throw new Error('coreWorker runs only as a worker thread');

function serveReads(data: ReadWorkerData, port: NonNullable<typeof parentPort>): void {
  const key = Buffer.from(data.keyHex, 'hex');
  // A small cache: a worker's reads are mostly one pass over a period, and every worker's cache
  // adds to the process's memory (the query thread's own cache holds the working set).
  const db = openDatabase(data.dbFile, key, { readonly: true, cacheKiB: WORKER_CACHE_KIB, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
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
}

function generateDemo(data: DemoWorkerData, port: NonNullable<typeof parentPort>): void {
  const reply = (m: DemoReply) => port.postMessage(m);
  createDemoStreet({
    dataDir: data.dataDir,
    scale: data.scale,
    seed: data.seed,
    anchor: data.anchor,
    users: DEMO_USERS,
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
    onProgress: (fraction, stage) => reply({ kind: 'progress', fraction, stage }),
  }).then(
    (report) => reply({ kind: 'done', report }),
    (err: unknown) => reply({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
}

function migrateStreet(data: MigrateWorkerData, port: NonNullable<typeof parentPort>): void {
  const reply = (m: MigrateReply) => port.postMessage(m);
  const key = Buffer.from(data.keyHex, 'hex');
  try {
    const db = openDatabase(data.dbFile, key, { cacheKiB: WORKER_CACHE_KIB, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
    let applied: string[];
    try {
      applied = migrate(db);
    } finally {
      // Closed before answering: the core opens its own connection on the migrated file.
      db.close();
    }
    reply({ kind: 'done', applied });
  } catch (err) {
    reply({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    key.fill(0);
  }
}

/** A register import's commit on a read-write connection of its own, closed when it ends. */
function commitRegisterImport(data: CommitWorkerData, port: NonNullable<typeof parentPort>): void {
  const reply = (m: CommitReply) => port.postMessage(m);
  const key = Buffer.from(data.keyHex, 'hex');
  const cancel = new Int32Array(data.cancel);
  let db: ReturnType<typeof openDatabase> | null = null;
  void (async () => {
    try {
      db = openDatabase(data.dbFile, key, { cacheKiB: WORKER_CACHE_KIB, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
      key.fill(0);
      const result = await commitImport(
        db,
        data.input,
        { user: data.user, now: data.now },
        (fraction, stage) => reply({ kind: 'progress', fraction, stage }),
        () => Atomics.load(cancel, 0) === 1,
      );
      reply({ kind: 'done', result });
    } catch (err) {
      const error = err instanceof ApiError ? err.toJSON() : { code: 'internal' as const, message: `internal error in the import's commit: ${err instanceof Error ? err.message : String(err)}` };
      reply({ kind: 'error', error });
    } finally {
      key.fill(0);
      db?.close();
    }
  })();
}

/** One backup, written and verified here; the live database is only read. */
function backUp(data: BackupWorkerData, port: NonNullable<typeof parentPort>): void {
  const reply = (m: BackupReply) => port.postMessage(m);
  const key = Buffer.from(data.keyHex, 'hex');
  try {
    const written = writeBackup(
      { dbFile: data.dbFile, keyringFile: data.keyringFile, key, nativeBinding: data.nativeBinding, folder: data.folder, names: data.names },
      (fraction, stage) => reply({ kind: 'progress', fraction, stage }),
    );
    reply({ kind: 'done', written });
  } catch (err) {
    reply({ kind: 'failed', code: err instanceof BackupProblem ? err.code : 'internal', message: err instanceof Error ? err.message : String(err) });
  } finally {
    key.fill(0);
  }
}

type JobData = ReadWorkerData | DemoWorkerData | MigrateWorkerData | CommitWorkerData | BackupWorkerData | DeviceIngestWorkerData | GisCommitWorkerData;

function run(data: JobData, port: NonNullable<typeof parentPort>): void {
  if (data.mode === 'demo') generateDemo(data, port);
  else if (data.mode === 'commit') commitRegisterImport(data, port);
  else if (data.mode === 'migrate') migrateStreet(data, port);
  else if (data.mode === 'backup') backUp(data, port);
  else if (data.mode === 'deviceIngest') ingestDevicesInThisWorker(data, port);
  else if (data.mode === 'gisCommit') commitGisInThisWorker(data, port);
  else serveReads(data, port);
}

const initial = workerData as JobData | StandbyWorkerData;
// A spare thread (spareWorker.ts) gets its job as its first message, once the core is loaded.
if (initial.mode === 'standby') port.once('message', (data: JobData) => run(data, port));
else run(initial, port);
