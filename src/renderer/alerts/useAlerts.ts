// The console's alerts: loaded once, reloaded on every pushed alert.raised / alert.changed
// (within a second of the core's write), with a beep on a new one when sound is on.
import { useEffect, useState } from 'react';
import type { AlertList } from '../../shared/alerts';
import { api } from '../api/api';
import { beep } from './beep';

export function useAlerts(scope: 'live' | 'all', sound: boolean): { list: AlertList | null; error: unknown; reload: () => void; lastRaised: number | null } {
  const [list, setList] = useState<AlertList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [key, setKey] = useState(0);
  const [lastRaised, setLastRaised] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    api.call('alert.list', { scope, limit: 200 }).then(
      (l) => {
        if (!live) return;
        setList(l);
        setError(null);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [scope, key]);
  useEffect(() => {
    const offRaised = api.on('alert.raised', ({ alertId }) => {
      if (sound) beep();
      setLastRaised(alertId);
      setKey((k) => k + 1);
    });
    const offChanged = api.on('alert.changed', () => setKey((k) => k + 1));
    return () => {
      offRaised();
      offChanged();
    };
  }, [sound]);
  return { list, error, reload: () => setKey((k) => k + 1), lastRaised };
}
