// The integrity check at unlock: SQLite's quick_check reads every page (about 2–4 s for a
// 100 MB street), so it runs in a worker thread on its own connection and the thread that
// answers calls stays free. The connection only reads; it is opened read-write when no WAL
// exists, because a read-only one would leave new -wal/-shm files beside a damaged database
// while a read-write one, as the last to close, removes the ones it made. The worker is plain JavaScript passed as source,
// so it runs the same under tsx, vitest and the electron-vite bundle; the driver's resolved
// path and the Electron-ABI binding travel with it. It also reads which migrations the
// file has, so the core knows whether an upgrade has any to run before it opens its own
// connection (they run in a worker too, see workers/migrateInWorker.ts).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export type IntegrityResult = { ok: true; applied: string[] } | { ok: false; problems: string[] };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let db;
let result;
try {
  db = new Database(workerData.file, Object.assign({ readonly: workerData.readonly, fileMustExist: true }, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}));
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma('key="x\\'' + workerData.keyHex + '\\'"');
  const problems = db.pragma('quick_check').map((r) => String(r.quick_check)).filter((s) => s !== 'ok');
  const hasList = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").get().n > 0;
  const applied = hasList ? db.prepare('SELECT id FROM schema_migration ORDER BY id').all().map((r) => r.id) : [];
  result = { ok: problems.length === 0, problems: problems.slice(0, 10), applied };
} catch (e) {
  result = { ok: false, problems: [String(e && e.code ? e.code + ': ' + e.message : e)] };
} finally {
  if (db && db.open) db.close();
}
// Only after close: the files it made are gone by the time the answer arrives.
parentPort.postMessage(result);
`;

let driverPath: string | null = null;
function resolveDriver(): string {
  driverPath ??= createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  return driverPath;
}

export function checkIntegrity(file: string, masterKey: Buffer, nativeBinding?: string): Promise<IntegrityResult> {
  const keyHex = masterKey.toString('hex');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, keyHex, readonly: existsSync(`${file}-wal`), modulePath: resolveDriver(), nativeBinding: nativeBinding ?? null } });
    let settled = false;
    const done = (r: IntegrityResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    worker.once('message', (m: { ok: boolean; problems: string[]; applied?: string[] }) => done(m.ok ? { ok: true, applied: m.applied ?? [] } : { ok: false, problems: m.problems }));
    worker.once('error', (err) => done({ ok: false, problems: [err.message] }));
    worker.once('exit', (code) => done({ ok: false, problems: [`integrity check stopped (exit ${code})`] }));
  });
}
