// One backup run on the query thread's side: the folder from the settings, a log row before
// the copy starts, the copy itself in a worker (`write`), then the outcome logged and
// audited, and — for a verified scheduled backup — the scheduled backups beyond `keep`
// removed (only StreetOps's own -auto files of this street; never anything else).
import { rmSync } from 'node:fs';
import type { BackupRunView, BackupTrigger } from '../../../shared/backup';
import { ApiError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { backupFileName, keyringFileFor, scheduledBeyond, type BackupFileName } from './backupFiles';
import { finishRun, runView, startRun } from './backupLog';
import { BackupProblem } from './backupProblem';
import { backupSettings } from './backupSettings';
import type { WrittenBackup } from './writeBackup';

export interface BackupRunDeps {
  db: Db;
  now: () => number;
  trigger: BackupTrigger;
  userId: number | null;
  write(folder: string, names: BackupFileName): Promise<WrittenBackup>;
  log(line: string): void;
}

export async function runBackup(deps: BackupRunDeps): Promise<BackupRunView> {
  const { db } = deps;
  const settings = backupSettings(db);
  if (!settings.folder) {
    throw new ApiError('invalid_input', 'choose a backup folder first (系统设置 → 备份)', [{ path: 'folder', message: 'is required', reason: 'required' }]);
  }
  const folder = settings.folder;
  const street = db.prepare('SELECT code FROM street ORDER BY id LIMIT 1').get() as { code: string };
  const started = deps.now();
  const id = startRun(db, deps.trigger, folder, deps.userId, started);
  const names = backupFileName(street.code, started, deps.trigger);
  try {
    const written = await deps.write(folder, names);
    record(deps, () => {
      finishRun(db, id, deps.now(), { ok: true, fileName: written.fileName, bytes: written.bytes, counts: written.counts });
      appendAudit(db, deps.now(), { userId: deps.userId, action: 'backup.run', entity: 'backup_run', entityId: id, detail: { trigger: deps.trigger, folder, fileName: written.fileName, bytes: written.bytes } });
    });
    if (deps.trigger === 'schedule') {
      for (const old of scheduledBeyond(folder, street.code, settings.keep)) {
        rmSync(old.file, { force: true });
        rmSync(keyringFileFor(old.file), { force: true });
        deps.log(`backup: removed the scheduled backup ${old.file} (keeping the newest ${settings.keep})`);
      }
    }
  } catch (err) {
    const problem = err instanceof Error ? err.message : String(err);
    const code = err instanceof BackupProblem ? err.code : 'internal';
    deps.log(`backup ${deps.trigger} to ${folder} failed: ${problem}`);
    record(deps, () => {
      finishRun(db, id, deps.now(), { ok: false, code, problem });
      appendAudit(db, deps.now(), { userId: deps.userId, action: 'backup.failed', entity: 'backup_run', entityId: id, detail: { trigger: deps.trigger, folder } });
    });
  }
  if (!db.open) throw new ApiError('not_ready', 'the street was locked while the backup was written; the backup folder holds what was written');
  return runView(db, id);
}

/** The outcome's log row and audit entry. The street may have been locked meanwhile (its last
 *  session expired while a scheduled backup ran): the files are written and verified, and the
 *  row stays unfinished in the log, which the log line explains. */
function record(deps: BackupRunDeps, write: () => void): void {
  if (!deps.db.open) {
    deps.log('backup: the street was locked before the outcome could be logged');
    return;
  }
  deps.db.transaction(write)();
}
