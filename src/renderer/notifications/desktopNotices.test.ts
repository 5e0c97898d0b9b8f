import { describe, expect, it } from 'vitest';
import type { NotificationList, NotificationView } from '../../shared/notifications';
import { freshNotices, showNotice } from './desktopNotices';

const notice = (id: number, readAt: number | null = null): NotificationView => ({ id, kind: 'deadline.supervised', caseId: id, params: { caseCode: `C${id}` }, createdAt: id, readAt });

describe('desktop notices', () => {
  it('are the unread notices newer than the newest one already seen', () => {
    const list: NotificationList = { unread: 3, items: [notice(12), notice(11, 5), notice(10), notice(9)] };
    expect(freshNotices(list, 9).map((n) => n.id)).toEqual([12, 10]);
    expect(freshNotices(list, 12)).toEqual([]);
  });

  it('bring the console to the front and open the bell when clicked, then close', () => {
    const made: { title: string; options: NotificationOptions; shown: { onclick: ((this: Notification, ev: Event) => unknown) | null; close(): void; closed: boolean } }[] = [];
    class Stand {
      onclick: ((this: Notification, ev: Event) => unknown) | null = null;
      closed = false;
      constructor(title: string, options: NotificationOptions) {
        made.push({ title, options, shown: this });
      }
      close(): void {
        this.closed = true;
      }
    }
    const steps: string[] = [];
    showNotice(Stand, notice(7), { title: '督办临期', body: 'C7' }, () => steps.push('bell'), () => steps.push('focus'));
    expect(made.map((m) => [m.title, m.options.body, m.options.tag])).toEqual([['督办临期', 'C7', 'streetops-notice-7']]);
    expect(steps).toEqual([]);
    made[0]!.shown.onclick?.call(made[0]!.shown as unknown as Notification, new Event('click'));
    expect(steps).toEqual(['focus', 'bell']);
    expect(made[0]!.shown.closed).toBe(true);
  });
});
