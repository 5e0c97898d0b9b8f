// The care API (关爱走访): queue and list shaped per role, visits and tasks by the register
// roles (tasks by the desk too), rules and the small-number k by administrators.
import { ApiError } from '../../../shared/errors';
import type { HandlerMap } from '../api/handlers';
import { currentUser, personalRead, requireRole } from '../api/roles';
import type { CallContext } from '../api/context';
import { requireInScope } from '../access/communityScope';
import { appendAudit } from '../audit';
import { putSmallNumberK, smallNumberK } from '../privacy/smallNumbers';
import { CARE_RECORD_ROLES, CARE_RULE_ROLES, CARE_TASK_ROLES } from './careAccess';
import { careRules, putCareRules } from './careRules';
import { careHistory } from './careViews';
import { createVisitTask } from './visitTasks';
import { recordVisit } from './visits';

type CareMethods = 'care.queue' | 'care.list' | 'care.history' | 'care.recordVisit' | 'care.createTask' | 'care.settings' | 'care.saveSettings' | 'wall.care';

/** After a visit task is written: the notified accounts' bells and every care view refresh. */
export function emitTaskCreated(ctx: Pick<CallContext, 'emit' | 'now'>, created: { task: { householdId: number; gridId: number }; notified: number[] }): void {
  ctx.emit('notification.changed', { userIds: created.notified, at: ctx.now });
  ctx.emit('care.changed', { householdId: created.task.householdId, gridId: created.task.gridId, at: ctx.now });
}

export const careHandlers: Pick<HandlerMap, CareMethods> = {
  // The queue and the list compute every tagged resident's due visits (street-wide ~0.6 s at
  // scale 1): in a worker, so this thread keeps answering. Access is decided here first.
  'care.queue': async (input, ctx) => {
    const user = currentUser(ctx);
    if (input.gridId !== undefined) requireInScope(ctx.db(), user, 'grid', input.gridId);
    const queue = await ctx.heavy('care.queue', input);
    personalRead(ctx, { method: 'care.queue', entity: 'grid', entityId: input.gridId ?? null, persons: queue.items.map((i) => `resident:${i.residentId}`) });
    return queue;
  },
  'care.list': async (input, ctx) => {
    const user = currentUser(ctx);
    if (input.gridId !== undefined) requireInScope(ctx.db(), user, 'grid', input.gridId);
    const list = await ctx.heavy('care.list', input);
    personalRead(ctx, { method: 'care.list', entity: 'grid', entityId: input.gridId ?? null, persons: list.rows.map((r) => `resident:${r.residentId}`) });
    return list;
  },
  'care.history': (input, ctx) => {
    const user = currentUser(ctx);
    requireInScope(ctx.db(), user, 'resident', input.residentId);
    const history = careHistory(ctx.db(), user, ctx.now, input.residentId);
    personalRead(ctx, { method: 'care.history', entity: 'resident', entityId: input.residentId, persons: [`resident:${input.residentId}`] });
    return history;
  },
  'care.recordVisit': (input, ctx) => {
    const user = requireRole(ctx, CARE_RECORD_ROLES, 'record care visits');
    requireInScope(ctx.db(), user, 'resident', input.residentId);
    const { caseId, gridId, ...recorded } = recordVisit(ctx.db(), input, user, ctx.now);
    ctx.emit('care.changed', { householdId: recorded.visit.householdId, gridId, at: ctx.now });
    if (caseId !== null) ctx.emit('case.changed', { caseId, status: 'reported', gridId, at: ctx.now });
    return recorded;
  },
  'care.createTask': (input, ctx) => {
    const user = requireRole(ctx, CARE_TASK_ROLES, 'raise visit tasks');
    requireInScope(ctx.db(), user, 'household', input.householdId);
    if (input.dueAt < ctx.now) throw new ApiError('invalid_input', 'dueAt: is before now; a visit task is due later than it is raised', [{ path: 'dueAt', message: 'is in the past' }]);
    const created = createVisitTask(ctx.db(), { ...input, reason: 'manual' }, user, ctx.now);
    emitTaskCreated(ctx, created);
    return created.task;
  },
  'care.settings': (_input, ctx) => {
    currentUser(ctx);
    const db = ctx.db();
    return { rules: careRules(db), smallNumberK: smallNumberK(db) };
  },
  'care.saveSettings': (input, ctx) => {
    const admin = requireRole(ctx, CARE_RULE_ROLES, 'change the visiting rules');
    const db = ctx.db();
    db.transaction(() => {
      if (input.rules) putCareRules(db, input.rules);
      if (input.smallNumberK !== undefined) putSmallNumberK(db, input.smallNumberK, admin.id, ctx.now);
      appendAudit(db, ctx.now, { userId: admin.id, action: 'care.settings', entity: 'setting', detail: { rules: input.rules ?? null, smallNumberK: input.smallNumberK ?? null } });
    })();
    ctx.emit('care.changed', { householdId: null, gridId: null, at: ctx.now });
    return { rules: careRules(db), smallNumberK: smallNumberK(db) };
  },
  // The wall's care figure, for every signed-in role: counts only, cells under k hidden, in a worker.
  'wall.care': (input, ctx) => {
    currentUser(ctx);
    if (input.communityId !== undefined && ctx.db().prepare('SELECT 1 FROM community WHERE id = ?').get(input.communityId) === undefined) {
      throw new ApiError('not_found', `communityId: no community ${input.communityId}`, [{ path: 'communityId', message: 'does not exist' }]);
    }
    return ctx.heavy('wall.care', input);
  },
};
