// The GIS import and export API: administrators only (the street's territory is theirs, as
// in grid management). Reading and checking a file runs in a worker (a 10,000-footprint file
// takes seconds); the commit makes the plan again there, then writes it in one transaction.
import type { Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { requireRole } from '../api/roles';
import { appendAudit } from '../audit';
import { commitGisImport } from './commit/commitGisImport';

type GisMethods = 'gis.preview' | 'gis.commit' | 'gis.export';

const ADMIN: readonly Role[] = ['admin'];

export const gisHandlers: Pick<HandlerMap, GisMethods> = {
  'gis.preview': (input, ctx) => {
    requireRole(ctx, ADMIN, 'import GIS files');
    return ctx.heavy('gis.preview', input, 'import');
  },
  'gis.commit': async (input, ctx) => {
    const user = requireRole(ctx, ADMIN, 'import GIS files');
    const { digest: _digest, override: _override, ...previewInput } = input;
    const preview = await ctx.heavy('gis.preview', previewInput, 'import');
    const { gridIds, ...result } = commitGisImport(ctx.db(), preview, input, user, ctx.now);
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
