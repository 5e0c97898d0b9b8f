// Listens to the window's keys while the desk is on screen and turns them into commands;
// keys typed into fields, and keys while a modal dialog is open, are left alone.
import { useEffect, useRef } from 'react';
import { commandForKey, isControlTarget, isTypingTarget, type ShortcutCommand } from './shortcuts';

export function useShortcuts(run: (command: ShortcutCommand) => void, enabled: boolean): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // A Mantine modal (settings, photo viewer) owns the keyboard while it is open.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const command = commandForKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        typing: isTypingTarget(e.target),
        onControl: isControlTarget(e.target),
      });
      if (!command) return;
      e.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
