// Desktop notifications: a notice that arrives while the console is not the window in front
// (the operator is in another program, the console sits on a second screen) is also shown
// by the system. Electron grants the permission to the app's own pages only (shell/security.ts);
// a browser asks once, from the bell. The text is the bell's own: codes and times, no names.
import { useEffect, useRef } from 'react';
import type { NotificationList, NotificationView } from '../../shared/notifications';
import type { Translate } from '../i18n/translate';

/** Whether this page may show desktop notifications, or may ask to. */
export function desktopPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** The notices of `next` that are new since `seen` (the newest id already known) and unread. */
export function freshNotices(next: NotificationList, seen: number): NotificationView[] {
  return next.items.filter((n) => n.id > seen && n.readAt === null);
}

/** What a desktop notice is made with: the browser's Notification, or a test's stand-in. */
export type NoticeMaker = new (title: string, options: NotificationOptions) => Pick<Notification, 'onclick' | 'close'>;

/** Shows one notice; clicking it brings the console to the front and opens the bell. */
export function showNotice(Maker: NoticeMaker, n: NotificationView, words: { title: string; body: string }, onOpen: () => void, focus: () => void = () => window.focus()): void {
  const shown = new Maker(words.title, { body: words.body, tag: `streetops-notice-${n.id}` });
  shown.onclick = () => {
    focus();
    onOpen();
    shown.close();
  };
}

export function useDesktopNotices(list: NotificationList | null, t: Translate, word: (n: NotificationView) => { title: string; body: string }, onOpen: () => void): void {
  // Null until the first list: what was there when the console opened is not news.
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (!list) return;
    const newest = list.items.reduce((m, n) => Math.max(m, n.id), 0);
    const before = seen.current;
    seen.current = Math.max(before ?? 0, newest);
    if (before === null || desktopPermission() !== 'granted' || document.hasFocus()) return;
    // A burst (the chase's morning run) shows its first three; the bell holds the rest.
    for (const n of freshNotices(list, before).slice(0, 3)) showNotice(Notification, n, word(n), onOpen);
  }, [list, t, word, onOpen]);
}
