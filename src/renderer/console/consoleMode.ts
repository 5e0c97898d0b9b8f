// Which work area the console shows: the map (一网统管 overview) or the dispatch desk.
// Remembered per tab, so a reload keeps the dispatcher on the desk.
import { useCallback, useState } from 'react';

export const CONSOLE_MODES = ['map', 'dispatch', 'grids', 'party', 'care', 'meetings'] as const;
export type ConsoleMode = (typeof CONSOLE_MODES)[number];

const KEY = 'streetops.consoleMode';

function initialMode(): ConsoleMode {
  try {
    const stored = sessionStorage.getItem(KEY);
    if ((CONSOLE_MODES as readonly string[]).includes(stored ?? '')) return stored as ConsoleMode;
  } catch {
    // No storage: start on the map.
  }
  return 'map';
}

export function useConsoleMode(): [ConsoleMode, (mode: ConsoleMode) => void] {
  const [mode, setModeState] = useState<ConsoleMode>(initialMode);
  const setMode = useCallback((next: ConsoleMode) => {
    setModeState(next);
    try {
      sessionStorage.setItem(KEY, next);
    } catch {
      // Not remembering is harmless.
    }
  }, []);
  return [mode, setMode];
}
