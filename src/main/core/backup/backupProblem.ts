// Why a backup or a restore did not happen, as a stable word plus a sentence. The worker
// throws these; the core words them for the screen and keeps the sentence in the log.
import type { BackupProblemCode } from '../../../shared/backup';

export type { BackupProblemCode };
export class BackupProblem extends Error {
  readonly code: BackupProblemCode;
  constructor(code: BackupProblemCode, message: string) {
    super(message);
    this.name = 'BackupProblem';
    this.code = code;
  }
}
