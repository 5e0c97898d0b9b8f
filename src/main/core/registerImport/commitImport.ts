// Step 8, the commit, alike for every register kind: the plan made again inside one
// transaction, refused unless it is the plan the user previewed (same digest), then written
// by the kind's committer through the register functions (core/registers: each write with its
// history and audit rows) and one audit entry for the import. All or nothing: any refusal, a
// cancel or a crash half-way rolls every row back.
import { createHash } from 'node:crypto';
import type { ImportCommitInput, ImportCommitResult } from '../../../shared/registerImport';
import { ApiError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import type { RegisterActor } from '../registers/changeLog';
import { checkMapping } from './mapColumns';
import { planAny } from './planImport';
import { readWorkbook } from './readWorkbook';
import { registerKind } from './registerKinds';
import type { Progress } from './runImport';
import { templateMapping } from './templates';

/** Progress (and the cancel check) about every hundredth of the rows. */
const progressEvery = (total: number) => Math.max(1, Math.floor(total / 100));

export async function commitImport(db: Db, input: ImportCommitInput, actor: RegisterActor, progress: Progress, cancelled: () => boolean = () => false): Promise<ImportCommitResult> {
  const kind = registerKind(input.register);
  if (input.mapping) checkMapping(kind.columns, input.mapping, 'mapping');
  const template = input.template ? templateMapping(db, input.register, input.template) : undefined;
  const bytes = Buffer.from(input.file.base64, 'base64');
  progress(0.02, 'read');
  const grid = await readWorkbook(bytes);
  const stop = () => {
    if (cancelled()) throw new ApiError('cancelled', 'the import was cancelled; nothing was written');
  };
  stop();
  // Deferred: planning only reads; the write lock is taken at the first write, and a write
  // another connection committed in between fails that first write instead of being overwritten.
  db.exec('BEGIN');
  try {
    progress(0.3, 'match');
    const plan = planAny(kind, db, grid, {
      communityId: input.communityId,
      fileName: input.file.name,
      fileDigest: createHash('sha256').update(bytes).digest('hex'),
      ...(template ? { template } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...(input.picks ? { picks: input.picks } : {}),
      now: actor.now,
      importer: actor.user,
    });
    if (plan.digest !== input.digest) {
      const message = 'the register or the file changed since the preview: preview it again, then commit';
      throw new ApiError('conflict', message, [{ path: 'digest', message, reason: 'stale_preview' }]);
    }
    const writes = plan.rows.filter((r) => r.outcome !== 'unchanged').length;
    const total = Math.max(1, writes);
    const every = progressEvery(total);
    let done = 0;
    const step = () => {
      done++;
      if (done % every === 0) {
        stop();
        progress(0.4 + (0.58 * done) / total, 'write');
      }
    };
    progress(0.4, 'write');
    const counts = kind.commit(db, actor, plan.rows, step);
    stop();
    const result: ImportCommitResult = {
      register: input.register,
      added: counts.added,
      updated: counts.updated,
      created: counts.created,
      unchanged: plan.rows.length - writes,
      notWritten: new Set(plan.issues.map((i) => `${i.sheet}|${i.row}`)).size,
      buildingIds: counts.buildingIds,
      gridIds: counts.gridIds,
    };
    appendAudit(db, actor.now, {
      userId: actor.user.id,
      action: 'register.import',
      entity: kind.recordKind,
      detail: { register: input.register, communityId: input.communityId, digest: plan.digest, added: result.added, updated: result.updated, created: result.created, notWritten: result.notWritten },
    });
    progress(0.99, 'commit');
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
