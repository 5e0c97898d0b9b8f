// The viewer's own basemap choices in the layer panel: shown or not, and how strongly. Kept
// per browser (localStorage) like a window layout; the file itself is the administrator's.
import { useSyncExternalStore } from 'react';

export interface BasemapPrefs {
  on: boolean;
  /** 0.2–1: how strongly the basemap shows under the grids. */
  strength: number;
}

const KEY = 'streetops.basemap';
const DEFAULT: BasemapPrefs = { on: true, strength: 0.7 };
export const STRENGTH_MIN = 0.2;

function read(): BasemapPrefs {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULT;
    const v = JSON.parse(raw) as Partial<BasemapPrefs>;
    const strength = typeof v.strength === 'number' && Number.isFinite(v.strength) ? Math.min(1, Math.max(STRENGTH_MIN, v.strength)) : DEFAULT.strength;
    return { on: typeof v.on === 'boolean' ? v.on : DEFAULT.on, strength };
  } catch {
    return DEFAULT;
  }
}

let current = read();
const listeners = new Set<() => void>();

export function setBasemapPrefs(next: Partial<BasemapPrefs>): void {
  current = { ...current, ...next };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Without storage the choice lasts for this page.
  }
  for (const l of listeners) l();
}

export function useBasemapPrefs(): BasemapPrefs {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
