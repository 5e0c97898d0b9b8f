// The deck's controls show while the pointer moves and fade after a moment, so the slide
// is clean when presenting (and in screenshots).
import { useEffect, useState } from 'react';

const SHOW_MS = 2500;

export function useIdleChrome(): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    let timer = 0;
    const onMove = () => {
      setVisible(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setVisible(false), SHOW_MS);
    };
    // Shown once at the start, so a presenter sees the controls exist.
    onMove();
    window.addEventListener('mousemove', onMove);
    return () => {
      window.removeEventListener('mousemove', onMove);
      window.clearTimeout(timer);
    };
  }, []);
  return visible;
}
