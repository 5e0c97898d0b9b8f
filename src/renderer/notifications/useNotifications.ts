// The signed-in account's notices, reloaded when the core pushes `notification.changed` for it.
import { useEffect, useState } from 'react';
import type { NotificationList } from '../../shared/notifications';
import { api } from '../api/api';

export function useNotifications(userId: number): { list: NotificationList | null; reload: () => void } {
  const [list, setList] = useState<NotificationList | null>(null);
  const [key, setKey] = useState(0);
  useEffect(() => {
    let live = true;
    api.call('notification.list', { limit: 50 }).then(
      (l) => live && setList(l),
      () => undefined,
    );
    return () => {
      live = false;
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
