// How many fixed-height rows fit in a box: the wall shows whole rows only, never one cut
// in half at the bottom, at any screen size.
import { useEffect, useState, type RefObject } from 'react';

export function useFitCount(ref: RefObject<HTMLElement | null>, rowUnits: number, gapUnits: number, unit: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const row = rowUnits * unit;
      const gap = gapUnits * unit;
      // A hair of tolerance: sub-pixel rounding must not drop a row that fits.
      setCount(Math.max(0, Math.floor((el.clientHeight + gap + 0.5) / (row + gap))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, rowUnits, gapUnits, unit]);
  return count;
}
