// The signed-in account's notices, reloaded when the core pushes `notification.changed` for it.
import { useEffect, useState } from 'react';
import type { NotificationList } from '../../shared/notifications';
import { api } from '../api/api';

export function useNotifications(userId: number): { list: NotificationList | null; reload: () => void } {
  const [list, setList] = useState<NotificationList | null>(null);
  const [key, setKey] = useState(0);
  useEffect(() => {
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    api.call('notification.list', { limit: 50 }).then(
      (l) => live && setList(l),
      // The header mounts as the session opens: a call that beat it is tried again shortly.
      () => {
        if (live) retry = setTimeout(() => setKey((k) => k + 1), 2000);
      },
    );
    return () => {
      live = false;
      if (retry) clearTimeout(retry);
    };
  }, [key]);
  useEffect(
    () =>
      api.on('notification.changed', ({ userIds }) => {
        if (userIds.includes(userId)) setKey((k) => k + 1);
      }),
    [userId],
  );
  return { list, reload: () => setKey((k) => k + 1) };
}
