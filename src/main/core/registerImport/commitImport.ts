// Step 8, the commit: the plan made again inside one transaction, refused unless it is the
// plan the user previewed (same digest), then written through the register functions
// (core/registers: households created, residents added, updated, moved, each with its
// history and audit rows) and one audit entry for the import. All or nothing: any refusal,
// a cancel or a crash half-way rolls every row back.
import type { ImportCommitInput, ImportCommitResult } from '../../../shared/registerImport';
import { ApiError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { createHousehold } from '../registers/households';
import { addResident, moveResident, updateResident } from '../registers/residents';
import type { RegisterActor } from '../registers/changeLog';
import { planImport, type PlannedRow } from './planImport';
import { readWorkbook } from './readWorkbook';
import type { Progress } from './runImport';
import { createHash } from 'node:crypto';
import { checkMapping } from './mapColumns';
import { RESIDENT_COLUMNS } from './residentColumns';
import { templateMapping } from './templates';

/** Progress (and the cancel check) about every hundredth of the rows. */
const progressEvery = (total: number) => Math.max(1, Math.floor(total / 100));

/** Names the row in a refusal from the register functions, so the user knows which one. */
function atRow<T>(row: PlannedRow, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof ApiError) throw new ApiError(err.code, `${row.sheet} 第${row.row}行: ${err.message}`, err.details);
    throw err;
  }
}

export async function commitImport(db: Db, input: ImportCommitInput, actor: RegisterActor, progress: Progress, cancelled: () => boolean = () => false): Promise<ImportCommitResult> {
  if (input.mapping) checkMapping(RESIDENT_COLUMNS, input.mapping, 'mapping');
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
    const plan = planImport(db, grid, {
      communityId: input.communityId,
      fileName: input.file.name,
      fileDigest: createHash('sha256').update(bytes).digest('hex'),
      ...(template ? { template } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...(input.picks ? { picks: input.picks } : {}),
    });
    if (plan.digest !== input.digest) {
      const message = 'the register or the file changed since the preview: preview it again, then commit';
      throw new ApiError('conflict', message, [{ path: 'digest', message, reason: 'stale_preview' }]);
    }
    const households = new Map<string, number>();
    const writes = plan.rows.filter((r) => r.outcome !== 'unchanged');
    // Updates that stop someone being 户主 go before those that make someone 户主, and both before
    // additions, so a household's head can change hands within one import.
    const updates = writes.filter((r) => r.outcome === 'update').sort((a, b) => Number(a.data.relation === '户主') - Number(b.data.relation === '户主'));
    const adds = writes.filter((r) => r.outcome === 'new');
    const total = Math.max(1, writes.length);
    const every = progressEvery(total);
    let done = 0;
    const step = () => {
      done++;
      if (done % every === 0) {
        stop();
        progress(0.4 + (0.58 * done) / total, 'write');
      }
    };
    const householdOf = (row: PlannedRow): number => {
      const h = row.household;
      if (h.kind === 'existing') return h.id;
      const made = households.get(h.key);
      if (made !== undefined) return made;
      const created = atRow(row, () => createHousehold(db, actor, { buildingId: h.buildingId, unit: h.unit, floor: h.floor, room: h.room, tenure: 'owner', status: 'vacant' }));
      households.set(h.key, created.id);
      return created.id;
    };
    progress(0.4, 'write');
    for (const row of updates) {
      const id = row.residentId!;
      if (row.fields.includes('household')) atRow(row, () => moveResident(db, actor, { id, householdId: householdOf(row), relation: row.data.relation }));
      else if (row.fields.includes('relation')) atRow(row, () => updateResident(db, actor, { id, relation: row.data.relation }));
      if (row.fields.includes('phone')) atRow(row, () => updateResident(db, actor, { id, phone: row.data.phone }));
      step();
    }
    for (const row of adds) {
      atRow(row, () => addResident(db, actor, { householdId: householdOf(row), name: row.data.name, idNumber: row.data.idNumber, phone: row.data.phone, relation: row.data.relation }));
      step();
    }
    stop();
    const householdIds = [...new Set([...plan.rows.filter((r) => r.outcome !== 'unchanged').map((r) => householdOf(r))])];
    const places = householdIds.length
      ? (db
          .prepare(`SELECT DISTINCT h.building_id AS b, b.grid_id AS g FROM household h JOIN building b ON b.id = h.building_id WHERE h.id IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(householdIds)) as { b: number; g: number }[])
      : [];
    const result: ImportCommitResult = {
      residentsAdded: adds.length,
      residentsUpdated: updates.length,
      householdsCreated: households.size,
      unchanged: plan.rows.length - writes.length,
      notWritten: new Set(plan.issues.map((i) => `${i.sheet}|${i.row}`)).size,
      buildingIds: [...new Set(places.map((p) => p.b))].sort((a, b) => a - b),
      gridIds: [...new Set(places.map((p) => p.g))].sort((a, b) => a - b),
    };
    appendAudit(db, actor.now, {
      userId: actor.user.id,
      action: 'register.import',
      entity: 'resident',
      detail: { register: input.register, communityId: input.communityId, digest: plan.digest, added: result.residentsAdded, updated: result.residentsUpdated, householdsCreated: result.householdsCreated, notWritten: result.notWritten },
    });
    progress(0.99, 'commit');
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
