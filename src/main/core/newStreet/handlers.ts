// The new-street API. `firstStart.create` needs no session: it is the only way a street comes
// into being on an empty data directory, and the core refuses it wherever anything of a
// street is there. `newStreet.checklist` is for administrators (the territory and registers
// are theirs to import).
import type { Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { requireRole } from '../api/roles';
import { setupChecklist } from './checklist';

type NewStreetMethods = 'firstStart.create' | 'newStreet.checklist';

const ADMIN: readonly Role[] = ['admin'];

export const newStreetHandlers: Pick<HandlerMap, NewStreetMethods> = {
  'firstStart.create': (input, ctx) => ctx.auth.firstStart(input),
  'newStreet.checklist': async (input, ctx) => {
    requireRole(ctx, ADMIN, 'read the setup checklist');
    const db = ctx.db();
    const grids = db.prepare('SELECT count(*) FROM grid').pluck().get() as number;
    // Whole-street validation in a worker: at district scale it takes seconds.
    const validation = grids > 0 && input.coverage !== false ? await ctx.heavy('grid.validate', {}) : null;
    return setupChecklist(ctx.db(), validation);
  },
};
