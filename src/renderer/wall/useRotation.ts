// Optional rotation (轮巡): the wall focuses the whole street, then each community in
// turn. Remembered per machine, so a wall PC restarts the way it was left.
import { useCallback, useEffect, useState } from 'react';
import type { WallCommunity } from '../../shared/wall';

export const ROTATION_MS = 20_000;
const STORAGE_KEY = 'streetops.wall.rotate';

function remembered(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export interface Rotation {
  enabled: boolean;
  toggle: () => void;
  /** null: the whole street. */
  communityId: number | null;
  /** 1-based position in the tour (the street is 1), and the tour's length. */
  step: number;
  steps: number;
}

export function useRotation(communities: readonly WallCommunity[] | undefined): Rotation {
  const [enabled, setEnabled] = useState(remembered);
  const [index, setIndex] = useState(0);
  const steps = (communities?.length ?? 0) + 1;

  const toggle = useCallback(() => {
    setEnabled((on) => {
      try {
        localStorage.setItem(STORAGE_KEY, on ? '0' : '1');
      } catch {
        // Not remembering is harmless.
      }
      return !on;
    });
    setIndex(0);
  }, []);

  useEffect(() => {
    if (!enabled || steps < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % steps), ROTATION_MS);
    return () => clearInterval(timer);
  }, [enabled, steps]);

  const community = enabled && index > 0 ? communities?.[index - 1] : undefined;
  return { enabled, toggle, communityId: community?.id ?? null, step: (enabled ? index : 0) + 1, steps };
}
