// The GIS import and export API: administrators only (the street's territory is theirs, as
// in grid management). Reading and checking a file runs in a worker (a 10,000-footprint file
// takes seconds); the commit is checked on that preview, then runs in a job thread with its
// own write connection, which reads the records again and writes them in one transaction
// (commit/gisCommitWorkerMain.ts).
import type { Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { requireRole } from '../api/roles';
import { appendAudit } from '../audit';
import { refuseGisCommit } from './commit/commitGisImport';

type GisMethods = 'gis.preview' | 'gis.commit' | 'gis.export';

const ADMIN: readonly Role[] = ['admin'];

export const gisHandlers: Pick<HandlerMap, GisMethods> = {
  'gis.preview': (input, ctx) => {
    requireRole(ctx, ADMIN, 'import GIS files');
    return ctx.heavy('gis.preview', input, 'import');
  },
  'gis.commit': async (input, ctx) => {
    requireRole(ctx, ADMIN, 'import GIS files');
    const { digest: _digest, override: _override, ...previewInput } = input;
    // The plan checked in a reading worker: a stale, broken or blocked one is refused here
    // without a job thread; one that passes goes to the job thread with what was checked.
    const preview = await ctx.heavy('gis.preview', previewInput, 'import');
    refuseGisCommit(preview, input);
    const { digest, fileName, fileProblems, blocked, gridProblems } = preview;
    const { gridIds, ...result } = await ctx.commitGis(input, { digest, fileName, fileProblems, blocked, gridProblems });
    ctx.emit('territory.changed', { editId: result.editId ?? 0, gridIds, at: ctx.now });
    return result;
  },
  'gis.export': async (input, ctx) => {
    const user = requireRole(ctx, ADMIN, 'export GIS layers');
    const file = await ctx.heavy('gis.export', input, 'export');
    appendAudit(ctx.db(), ctx.now, { userId: user.id, action: 'gis.export', entity: input.layer, detail: { format: input.format, crs: input.crs } });
    return file;
  },
};
