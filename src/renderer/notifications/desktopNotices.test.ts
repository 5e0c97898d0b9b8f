import { describe, expect, it } from 'vitest';
import type { NotificationList, NotificationView } from '../../shared/notifications';
import { freshNotices } from './desktopNotices';

const notice = (id: number, readAt: number | null = null): NotificationView => ({ id, kind: 'deadline.supervised', caseId: id, params: { caseCode: `C${id}` }, createdAt: id, readAt });

describe('desktop notices', () => {
  it('are the unread notices newer than the newest one already seen', () => {
    const list: NotificationList = { unread: 3, items: [notice(12), notice(11, 5), notice(10), notice(9)] };
    expect(freshNotices(list, 9).map((n) => n.id)).toEqual([12, 10]);
    expect(freshNotices(list, 12)).toEqual([]);
  });
});
