// The import's API methods. Administrators import for any community, community staff for
// their own only (社区工作人员): decided here, on the query thread, before the workbook goes
// to a worker thread to be read and matched on the worker's own read-only connection.
import type { ImportRegister } from '../../../shared/registerImport';
import type { CallContext } from '../api/context';
import type { HandlerMap } from '../api/handlers';
import { requireRole } from '../api/roles';
import { appendAudit } from '../audit';
import { requireCommunity } from '../access/communityScope';
import { notFound } from '../services/refs';
import { checkMapping } from './mapColumns';
import { keepPlan, takePlan, type CommitInputWithPlan } from './planCache';
import { registerKind } from './registerKinds';
import { listTemplates, saveTemplate } from './templates';

type ImportMethods = 'register.import.preview' | 'register.import.errors' | 'register.import.commit' | 'register.import.templates' | 'register.import.saveTemplate' | 'register.export';

function requireImporter(ctx: CallContext, register: ImportRegister, communityId: number) {
  const user = requireRole(ctx, registerKind(register).roles, `import the ${register} register`);
  requireCommunity(user, communityId, 'the register');
  if (!ctx.db().prepare('SELECT 1 FROM community WHERE id = ?').get(communityId)) throw notFound('community', communityId);
  return user;
}

export const registerImportHandlers: Pick<HandlerMap, ImportMethods> = {
  'register.import.preview': async (input, ctx) => {
    requireImporter(ctx, input.register, input.communityId);
    return keepPlan(ctx.db(), await ctx.heavy('register.import.preview', input, 'import'), ctx.now);
  },
  'register.import.errors': (input, ctx) => {
    requireImporter(ctx, input.register, input.communityId);
    return ctx.heavy('register.import.errors', input, 'import');
  },
  // All or nothing, in a worker with its own read-write connection; the register functions it
  // calls check the role and the community of every record they write.
  'register.import.commit': async (input, ctx) => {
    requireImporter(ctx, input.register, input.communityId);
    const commitPlan = takePlan(ctx.db(), input.digest, ctx.now);
    const withPlan: CommitInputWithPlan = commitPlan ? { ...input, commitPlan } : input;
    const done = await ctx.commitImport(withPlan);
    if (done.added + done.updated + done.created > 0) {
      ctx.emit('register.changed', { kind: registerKind(input.register).recordKind, id: 0, action: 'import', buildingIds: done.buildingIds, gridIds: done.gridIds, at: ctx.now });
    }
    return done;
  },
  // Who may import a register may export it (as its own role sees it: masked where the role sees
  // masked values); community staff their own community only. Audited with what was exported.
  'register.export': async (input, ctx) => {
    const user = requireImporter(ctx, input.register, input.communityId);
    const file = await ctx.heavy('register.export', input, 'export');
    appendAudit(ctx.db(), ctx.now, {
      userId: user.id,
      action: 'register.export',
      entity: registerKind(input.register).recordKind,
      detail: { register: input.register, communityId: input.communityId, gridId: input.gridId ?? null },
    });
    return file;
  },
  'register.import.templates': (input, ctx) => {
    requireRole(ctx, registerKind(input.register).roles, 'read import templates');
    return listTemplates(ctx.db(), input.register);
  },
  'register.import.saveTemplate': (input, ctx) => {
    const kind = registerKind(input.register);
    const user = requireRole(ctx, kind.roles, 'save import templates');
    checkMapping(kind.columns, input.mapping, 'mapping');
    return saveTemplate(ctx.db(), input.register, input.name, input.mapping, user.id, ctx.now);
  },
};
