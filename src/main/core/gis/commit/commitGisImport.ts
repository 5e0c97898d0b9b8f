// The commit: the plan the user previewed, written all or nothing in one transaction with
// its audit entry. The plan is made again (in a worker) from the same input; if its digest
// is not the one the user read (the file, the choices or the street changed), nothing is
// written. A blocked plan (a file problem, a self-crossing boundary) is refused naming the
// first problems; overlaps, gaps and area outside the street need a reason, as in grid management.
import { ApiError } from '../../../../shared/errors';
import type { GisCommitInput, GisCommitResult, GisPreview } from '../../../../shared/gis';
import { OVERRIDABLE_PROBLEMS } from '../../../../shared/gridEdit';
import type { UserView } from '../../../../shared/views';
import { appendAudit } from '../../audit';
import type { Db } from '../../db/database';
import { featuresToRecords } from '../plan/gisRecord';
import { writeBuildings, writeCommunities, writeFacilities, writeGrids, writeStreet, type Written } from './writeRecords';

/** What the refusals read of a preview (its features are not needed, and are large). */
export type CheckedPreview = Pick<GisPreview, 'digest' | 'fileName' | 'fileProblems' | 'blocked' | 'gridProblems'>;

/** Refuses a stale, broken, blocked or un-overridden plan; answers how many problems the override accepts. */
export function refuseGisCommit(preview: CheckedPreview, input: GisCommitInput): number {
  if (preview.digest !== input.digest) {
    throw new ApiError('conflict', 'the file, the choices or the street changed since this preview; preview again before importing', [{ path: 'digest', message: 'does not match the current plan' }]);
  }
  if (preview.fileProblems.length > 0) {
    throw new ApiError(
      'invalid_input',
      `${preview.fileName} cannot be imported: ${preview.fileProblems[0]!.message}${preview.fileProblems.length > 1 ? ` (and ${preview.fileProblems.length - 1} more problems)` : ''}; nothing was written`,
      preview.fileProblems.slice(0, 20).map((p) => ({ path: p.feature === null ? 'file' : `feature ${p.feature}`, message: p.message })),
    );
  }
  if (preview.blocked) {
    const first = preview.gridProblems.find((p) => p.kind === 'selfIntersection');
    throw new ApiError('invalid_input', 'a boundary would cross itself; fix the file before importing; nothing was written', first ? [{ path: 'file', message: `self-intersection at ${first.at.map((n) => n.toFixed(6)).join(', ')}` }] : undefined);
  }
  const overridden = preview.gridProblems.filter((p) => OVERRIDABLE_PROBLEMS.includes(p.kind));
  if (overridden.length > 0 && !input.override) {
    throw new ApiError(
      'conflict',
      `the import leaves ${overridden.length} overlap, gap or outside-street problem(s); snap them, or import again with a reason to accept them`,
      overridden.slice(0, 20).map((p) => ({ path: 'override', message: `${p.kind} at ${p.at.map((n) => n.toFixed(6)).join(', ')}` })),
    );
  }
  return overridden.length;
}

/** `checked`: the preview the refusals read, when `preview` was made without the grid rules
 *  (the job thread's, gisCommitWorkerMain.ts); both carry the same digest or nothing is written. */
export function commitGisImport(db: Db, preview: GisPreview, input: GisCommitInput, user: UserView, now: number, checked: CheckedPreview = preview): GisCommitResult & { gridIds: number[] } {
  if (preview.digest !== checked.digest) throw new ApiError('conflict', 'the file, the choices or the street changed since this preview; preview again before importing', [{ path: 'digest', message: 'does not match the current plan' }]);
  const overridden = refuseGisCommit(checked, input);
  const records = featuresToRecords(preview.features);
  return db.transaction(() => {
    let w: Written;
    switch (input.layer) {
      case 'street':
        w = writeStreet(db, records[0]!);
        break;
      case 'communities':
        w = writeCommunities(db, records);
        break;
      case 'grids':
        w = writeGrids(db, records, input, user, now);
        break;
      case 'buildings':
        w = writeBuildings(db, records);
        break;
      case 'facilities':
        w = writeFacilities(db, records);
        break;
    }
    appendAudit(db, now, {
      userId: user.id,
      action: 'gis.import',
      entity: input.layer,
      entityId: w.editId,
      detail: { file: preview.fileName, format: preview.format, crs: preview.crs.crs, crsSource: preview.crs.source, snapM: input.snapM ?? 0, created: w.created, updated: w.updated, removed: w.removed, moved: w.moved, overrideReason: overridden ? input.override?.reason : undefined },
    });
    return { layer: input.layer, created: w.created, updated: w.updated, removed: w.removed, moved: w.moved, editId: w.editId, gridIds: w.gridIds };
  })();
}
