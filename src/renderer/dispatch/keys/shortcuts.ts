// The dispatch desk's keyboard: which key does what, and when a key belongs to the field
// being typed in rather than to the desk.
import type { PlainMessageKey } from '../../i18n/messages';

export type ShortcutCommand = 'next' | 'previous' | 'open' | 'assign' | 'register' | 'intake' | 'search' | 'help' | 'close';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, a select or an editable area. */
  typing: boolean;
  /** Focus is on a button or link, where Enter already means "press this". */
  onControl: boolean;
}

const BY_KEY: Record<string, ShortcutCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Enter: 'open',
  a: 'assign',
  r: 'register',
  n: 'intake',
  '/': 'search',
  '?': 'help',
  Escape: 'close',
};

export function commandForKey(press: KeyPress): ShortcutCommand | null {
  // Ctrl/⌘/Alt combinations are the browser's and the system's (copy, reload, …).
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.typing) return null;
  const command = BY_KEY[press.key] ?? null;
  if (command === 'open' && press.onControl) return null;
  return command;
}

const NON_TEXT_INPUTS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether keys typed at this element are text for it (so shortcuts must stay quiet). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target as HTMLInputElement).type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/** Whether Enter at this element presses it. Tabs are left out: a selected tab does nothing on Enter. */
export function isControlTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  const control = target.closest('button, a[href], [role="button"]');
  return control !== null && control.getAttribute('role') !== 'tab';
}

/** What the help overlay lists, in order. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: string[]; label: PlainMessageKey }> = [
  { keys: ['j', '↓'], label: 'keys.next' },
  { keys: ['k', '↑'], label: 'keys.previous' },
  { keys: ['Enter'], label: 'keys.open' },
  { keys: ['a'], label: 'keys.assign' },
  { keys: ['r'], label: 'keys.register' },
  { keys: ['n'], label: 'keys.intake' },
  { keys: ['/'], label: 'keys.search' },
  { keys: ['?'], label: 'keys.help' },
  { keys: ['Esc'], label: 'keys.close' },
];
