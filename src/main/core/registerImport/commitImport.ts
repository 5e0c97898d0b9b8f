// Step 8, the commit, alike for every register kind: inside one transaction, the preview's
// kept plan when nothing changed since (planCache.ts), else the plan made again; refused
// unless it is the plan the user previewed (same digest), then written
// by the kind's committer through the register functions (core/registers: each write with its
// history and audit rows) and one audit entry for the import. All or nothing: any refusal, a
// cancel or a crash half-way rolls every row back.
import { createHash } from 'node:crypto';
import type { ImportCommitResult } from '../../../shared/registerImport';
import { ApiError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import type { RegisterActor } from '../registers/changeLog';
import { checkMapping } from './mapColumns';
import { dataStamp, commitPart, planKey, unpackPlan, type CommitInputWithPlan, type CommitPlan } from './planCache';
import { planAny } from './planImport';
import { readWorkbook } from './readWorkbook';
import { registerKind } from './registerKinds';
import type { Progress } from './runImport';
import { templateMapping } from './templates';

/** Progress (and the cancel check) about every hundredth of the rows. */
const progressEvery = (total: number) => Math.max(1, Math.floor(total / 100));

export async function commitImport(db: Db, input: CommitInputWithPlan, actor: RegisterActor, progress: Progress, cancelled: () => boolean = () => false): Promise<ImportCommitResult> {
  const kind = registerKind(input.register);
  if (input.mapping) checkMapping(kind.columns, input.mapping, 'mapping');
  const template = input.template ? templateMapping(db, input.register, input.template) : undefined;
  const bytes = Buffer.from(input.file.base64, 'base64');
  const fileDigest = createHash('sha256').update(bytes).digest('hex');
  const stop = () => {
    if (cancelled()) throw new ApiError('cancelled', 'the import was cancelled; nothing was written');
  };
  progress(0.02, 'read');
  const kept = input.commitPlan ? unpackPlan(input.commitPlan) : undefined;
  stop();
  // Deferred: planning only reads; the write lock is taken at the first write, and a write
  // another connection committed in between fails that first write instead of being overwritten.
  db.exec('BEGIN');
  try {
    // The stamp is the transaction's first read: the data the writes will see.
    const stamp = dataStamp(db);
    const reuse = kept !== undefined && kept.digest === input.digest && kept.stamp === stamp && kept.key === planKey(input, fileDigest, template, actor);
    let plan: Omit<CommitPlan, 'key' | 'stamp'>;
    if (reuse) plan = kept;
    else {
      const grid = await readWorkbook(bytes);
      stop();
      progress(0.3, 'match');
      const planned = planAny(kind, db, grid, {
        communityId: input.communityId,
        fileName: input.file.name,
        fileDigest,
        ...(template ? { template } : {}),
        ...(input.mapping ? { mapping: input.mapping } : {}),
        ...(input.picks ? { picks: input.picks } : {}),
        now: actor.now,
        importer: actor.user,
      });
      plan = commitPart(planned);
    }
    if (plan.digest !== input.digest) {
      const message = 'the register or the file changed since the preview: preview it again, then commit';
      throw new ApiError('conflict', message, [{ path: 'digest', message, reason: 'stale_preview' }]);
    }
    const total = Math.max(1, plan.writes.length);
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
    const counts = kind.commit(db, actor, plan.writes, step);
    stop();
    const result: ImportCommitResult = {
      register: input.register,
      added: counts.added,
      updated: counts.updated,
      created: counts.created,
      unchanged: plan.unchanged,
      notWritten: plan.notWritten,
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
