// Locks the console after `minutes` without pointer, wheel, touch or keyboard activity.
// Activity only stamps a time (cheap on every mousemove); one timer checks the stamp
// when the deadline comes and re-arms for the rest, so a late timer (sleep) still locks.
// Activity also tells the core, at most once a minute, that the session is in use: someone
// reading the map without a click for half an hour must not find the session expired.
import { useEffect, useRef } from 'react';
import { api } from '../api/api';

const KEEP_ALIVE_MS = 60_000;

const ACTIVITY_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    const idleMs = minutes * 60_000;
    let last = Date.now();
    let told = last;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stamp = () => {
      last = Date.now();
      if (last - told >= KEEP_ALIVE_MS) {
        told = last;
        void api.call('session.status', {}).catch(() => undefined);
      }
    };
    const check = () => {
      const rest = last + idleMs - Date.now();
      if (rest <= 0) onIdleRef.current();
      else timer = setTimeout(check, rest);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, stamp, { capture: true, passive: true });
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, stamp, { capture: true });
    };
  }, [minutes]);
}
