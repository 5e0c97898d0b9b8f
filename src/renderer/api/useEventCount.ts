// A counter that moves whenever the core pushes one of the named events: pass it as
// useApiQuery's reload key so a view asks again after a write anywhere.
import { useEffect, useState } from 'react';
import type { EventName } from '../../shared/events';
import { api } from './api';

export function useEventCount(...names: EventName[]): number {
  const [n, setN] = useState(0);
  const key = names.join(',');
  useEffect(() => {
    const bump = () => setN((x) => x + 1);
    const offs = key.split(',').map((name) => api.on(name as EventName, bump));
    return () => offs.forEach((off) => off());
  }, [key]);
  return n;
}
