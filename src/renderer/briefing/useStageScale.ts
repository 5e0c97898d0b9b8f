// The scale that fits a 1600×900 slide into the window (less the notes panel when open).
import { useEffect, useState } from 'react';

export const SLIDE = { width: 1600, height: 900 } as const;

export function useStageScale(reservedHeight: number): number {
  const compute = () => Math.min(window.innerWidth / SLIDE.width, (window.innerHeight - reservedHeight) / SLIDE.height);
  const [scale, setScale] = useState(compute);
  useEffect(() => {
    const onResize = () => setScale(compute());
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [reservedHeight]);
  return Math.max(0.1, scale);
}
