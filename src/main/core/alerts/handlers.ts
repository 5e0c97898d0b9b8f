// The alert API. The desk (admin, dispatcher, operator) and community accounts (their own
// community) act on alerts; leaders read them (escalations come to them); the settings are
// the administrator's. The wall's list is masked in wall/alerts.ts.
import type { AlertSettings } from '../../../shared/alerts';
import type { CaseStatus, Role } from '../../../shared/domain';
import type { HandlerMap } from '../api/handlers';
import { currentUser, requireRole } from '../api/roles';
import { requireCommunity } from '../access/communityScope';
import { appendAudit } from '../audit';
import type { CallContext } from '../api/context';
import { wallAlerts } from '../wall/alerts';
import { emitTaskCreated } from '../care/handlers';
import { acknowledgeIntoCase, acknowledgeIntoVisit, dismissAlert } from './alertActions';
import { alertSettings, putAlertSettings } from './alertSettings';
import { alertView, listAlerts } from './alertViews';

type AlertMethods = 'alert.list' | 'alert.acknowledge' | 'alert.dismiss' | 'alert.evaluate' | 'alert.settings' | 'alert.saveSettings' | 'wall.alerts';

const READERS: readonly Role[] = ['admin', 'dispatcher', 'operator', 'leader', 'community'];
const ACTORS: readonly Role[] = ['admin', 'dispatcher', 'operator', 'community'];
const ADMIN: readonly Role[] = ['admin'];

/** A community account acts only on its community's alerts. */
function requireAlertInScope(ctx: CallContext, alertId: number): void {
  const user = currentUser(ctx);
  if (user.communityId === null) return;
  const community = ctx.db().prepare('SELECT g.community_id FROM alert a LEFT JOIN grid g ON g.id = a.grid_id WHERE a.id = ?').pluck().get(alertId) as number | null | undefined;
  if (community !== undefined) requireCommunity(user, community ?? -1, 'an alert');
}

export const alertHandlers: Pick<HandlerMap, AlertMethods> = {
  'alert.list': (input, ctx) => listAlerts(ctx.db(), input, requireRole(ctx, READERS, 'read alerts')),
  'alert.acknowledge': (input, ctx) => {
    const user = requireRole(ctx, ACTORS, 'acknowledge alerts');
    requireAlertInScope(ctx, input.alertId);
    if (input.into === 'case') {
      const { caseId, gridId } = acknowledgeIntoCase(ctx.db(), input.alertId, input.categoryId, input.note, user, ctx.now);
      const status = ctx.db().prepare('SELECT status FROM case_file WHERE id = ?').pluck().get(caseId) as CaseStatus;
      ctx.emit('case.changed', { caseId, status, gridId, at: ctx.now });
    } else emitTaskCreated(ctx, acknowledgeIntoVisit(ctx.db(), input.alertId, input.note, user, ctx.now));
    ctx.emit('alert.changed', { alertId: input.alertId, status: 'acknowledged', at: ctx.now });
    return alertView(ctx.db(), input.alertId, user);
  },
  'alert.dismiss': (input, ctx) => {
    const user = requireRole(ctx, ACTORS, 'dismiss alerts');
    requireAlertInScope(ctx, input.alertId);
    dismissAlert(ctx.db(), input.alertId, input.reason, user, ctx.now);
    ctx.emit('alert.changed', { alertId: input.alertId, status: 'dismissed', at: ctx.now });
    return alertView(ctx.db(), input.alertId, user);
  },
  'alert.evaluate': (_input, ctx) => {
    const user = requireRole(ctx, ['admin', 'dispatcher', 'operator'], 'evaluate the alert rules');
    const started = Date.now();
    const e = ctx.devices.evaluate(user.id);
    return { raised: e.raised.length, resolved: e.resolved.length, escalated: e.escalated.length, ms: Date.now() - started };
  },
  'alert.settings': (_input, ctx) => {
    requireRole(ctx, ADMIN, 'read the alert settings');
    return alertSettings(ctx.db());
  },
  'alert.saveSettings': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'change the alert settings');
    const db = ctx.db();
    const next: AlertSettings = { ...alertSettings(db) };
    if (input.watchFolder !== undefined) next.watchFolder = input.watchFolder;
    if (input.noCardHours !== undefined) next.noCardHours = input.noCardHours;
    if (input.crowdedCards !== undefined) next.crowdedCards = input.crowdedCards;
    if (input.escalateMinutes !== undefined) next.escalateMinutes = input.escalateMinutes;
    if (input.dutyLeaderUserId !== undefined) next.dutyLeaderUserId = input.dutyLeaderUserId;
    db.transaction(() => {
      putAlertSettings(db, next, admin.id, ctx.now);
      appendAudit(db, ctx.now, { userId: admin.id, action: 'alert.settings', entity: 'setting', detail: { ...next } });
    })();
    return next;
  },
  'wall.alerts': (input, ctx) => wallAlerts(ctx.db(), input, ctx.now),
};
