// The notification centre's API: each account reads and marks its own notices; the daily
// overdue list is open to every role (case codes, grids and departments; no person).
import type { HandlerMap } from '../api/handlers';
import { currentUser } from '../api/roles';
import { overdueReport } from '../deadlines/overdueReport';
import { listNotifications, markRead } from './notify';

type NotificationMethods = 'notification.list' | 'notification.markRead' | 'deadlines.overdue';

export const notificationHandlers: Pick<HandlerMap, NotificationMethods> = {
  'notification.list': (input, ctx) => listNotifications(ctx.db(), currentUser(ctx).id, input.limit),
  'notification.markRead': (input, ctx) => {
    const user = currentUser(ctx);
    const db = ctx.db();
    const changed = markRead(db, user.id, input.all ? 'all' : (input.ids ?? []), ctx.now);
    if (changed > 0) ctx.emit('notification.changed', { userIds: [user.id], at: ctx.now });
    return listNotifications(db, user.id);
  },
  'deadlines.overdue': (input, ctx) => overdueReport(ctx.db(), ctx.now, input.date, currentUser(ctx).communityId),
};
