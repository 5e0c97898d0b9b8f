// CSS pixels per design unit: the wall is laid out on a 1920×1080 grid and scaled to the
// screen, so 3840×2160 is the same picture at twice the size. The panels use the same
// number through the --u custom property (wall.css); the map needs it in JavaScript.
import { useEffect, useState } from 'react';

export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

export function unitFor(width: number, height: number): number {
  return Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
}

export function useWallUnit(): number {
  const [unit, setUnit] = useState(() => unitFor(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setUnit(unitFor(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return unit;
}
