// The basemap API. Every signed-in role reads which basemap is chosen and its tiles (the
// map under the grids is the same for everyone); only an administrator chooses the file,
// audited, and every open window is told to redraw.
import type { BasemapView } from '../../../shared/basemap';
import type { Role } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/database';
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { appendAudit } from '../audit';
import { basemapPath, putBasemapPath } from './basemapSettings';
import { BasemapRefused } from './openBasemap';
import { closeOtherBasemaps, openedBasemap } from './openArchives';
import { streetBox } from './streetBox';

type BasemapMethods = 'basemap.get' | 'basemap.set' | 'basemap.tile';

const ADMIN: readonly Role[] = ['admin'];

async function viewOf(db: Db, nativeBinding: string | null): Promise<BasemapView> {
  const path = basemapPath(db);
  if (!path) return { info: null, path: null, problem: null, problemMessage: null };
  try {
    const { info } = await openedBasemap(path, () => streetBox(db), nativeBinding);
    return { info, path, problem: null, problemMessage: null };
  } catch (err) {
    if (err instanceof BasemapRefused) return { info: null, path, problem: err.problem, problemMessage: err.message };
    throw err;
  }
}

export const basemapHandlers: Pick<HandlerMap, BasemapMethods> = {
  'basemap.get': (_input, ctx) => {
    currentUser(ctx);
    return viewOf(ctx.db(), ctx.nativeBinding ?? null);
  },
  'basemap.set': async (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'choose the basemap');
    const db = ctx.db();
    const path = input.path === null ? null : input.path.trim();
    // Checked before anything is written: a refused file leaves the current choice as it is.
    const info = path === null ? null : (await openedBasemap(path, () => streetBox(db), ctx.nativeBinding ?? null)).info;
    db.transaction(() => {
      putBasemapPath(db, path, admin.id, ctx.now);
      appendAudit(db, ctx.now, {
        userId: admin.id,
        action: 'basemap.set',
        entity: 'setting',
        detail: info ? { path, kind: info.kind, bytes: info.bytes, minZoom: info.minZoom, maxZoom: info.maxZoom } : { path: null },
      });
    })();
    closeOtherBasemaps(path);
    ctx.emit('basemap.changed', { path, at: ctx.now });
    return { info, path, problem: null, problemMessage: null };
  },
  'basemap.tile': async (input, ctx) => {
    currentUser(ctx);
    const db = ctx.db();
    const path = basemapPath(db);
    if (!path) throw new ApiError('not_found', 'no basemap file is chosen (系统设置 → 底图)');
    const { archive, info } = await openedBasemap(path, () => streetBox(db), ctx.nativeBinding ?? null);
    if (input.z < info.minZoom || input.z > info.maxZoom) return null;
    const data = await archive.tile(input.z, input.x, input.y);
    return data ? { data } : null;
  },
};
