// The period the 楼栋工作日 tab shows on the console map, or null when the tab is closed: the
// tab sets it, the console's map hook reads it (they live in different parts of the tree).
import { useSyncExternalStore } from 'react';

export interface VisitPeriod {
  from: string;
  to: string;
}

let current: VisitPeriod | null = null;
const listeners = new Set<() => void>();

export function setVisitPeriod(p: VisitPeriod | null): void {
  if (current?.from === p?.from && current?.to === p?.to) return;
  current = p;
  for (const l of listeners) l();
}

export function useVisitPeriod(): VisitPeriod | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
