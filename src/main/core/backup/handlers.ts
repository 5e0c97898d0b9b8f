// The backup API: administrators only. A run is answered with its log row whether it
// succeeded or not (a failed one says why), and the 备份 screen lists the log.
import { BACKUP_KEEP_MAX, type BackupSettingsView } from '../../../shared/backup';
import type { Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { requireRole } from '../api/roles';
import { appendAudit } from '../audit';
import { listRuns } from './backupLog';
import { backupSettings, putBackupSettings } from './backupSettings';

type BackupMethods = 'backup.list' | 'backup.run' | 'backup.saveSettings';

const ADMIN: readonly Role[] = ['admin'];

export const backupHandlers: Pick<HandlerMap, BackupMethods> = {
  'backup.list': (_input, ctx) => {
    requireRole(ctx, ADMIN, 'read the backup log');
    const db = ctx.db();
    return { settings: backupSettings(db), runs: listRuns(db) };
  },
  'backup.run': (_input, ctx) => {
    requireRole(ctx, ADMIN, 'make a backup');
    return ctx.backup();
  },
  'backup.saveSettings': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'change the backup settings');
    const db = ctx.db();
    const next: BackupSettingsView = { ...backupSettings(db) };
    if (input.folder !== undefined) next.folder = input.folder;
    if (input.daily !== undefined) next.daily = input.daily;
    if (input.time !== undefined) next.time = input.time;
    if (input.keep !== undefined) next.keep = Math.min(input.keep, BACKUP_KEEP_MAX);
    db.transaction(() => {
      putBackupSettings(db, next, admin.id, ctx.now);
      appendAudit(db, ctx.now, { userId: admin.id, action: 'backup.settings', entity: 'setting', detail: { ...next } });
    })();
    return next;
  },
};
