// Calls back when cases change anywhere (another window, another user, this window), at
// most once per burst: the core may emit several events for one bulk action.
import { useEffect, useRef } from 'react';
import type { EventMap } from '../../shared/events';
import { api } from '../api/api';

export const LIVE_DEBOUNCE_MS = 150;

export function useCaseChanged(callback: (changed: EventMap['case.changed'][]) => void, enabled = true, delayMs = LIVE_DEBOUNCE_MS): void {
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let batch: EventMap['case.changed'][] = [];
    const off = api.on('case.changed', (payload) => {
      batch.push(payload);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = batch;
        batch = [];
        callbackRef.current(changed);
      }, delayMs);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [enabled, delayMs]);
}
