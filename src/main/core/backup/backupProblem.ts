// Why a backup or a restore did not happen, as a stable word plus a sentence. The worker
// throws these; the core words them for the screen and keeps the sentence in the log.
export const BACKUP_PROBLEMS = [
  'no_folder',
  'folder_missing',
  'folder_not_writable',
  'disk_full',
  'verify_failed',
  'backup_missing',
  'keyring_missing',
  'wrong_password',
  'damaged',
  'target_not_empty',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEMS)[number];

export class BackupProblem extends Error {
  readonly code: BackupProblemCode;
  constructor(code: BackupProblemCode, message: string) {
    super(message);
    this.name = 'BackupProblem';
    this.code = code;
  }
}
