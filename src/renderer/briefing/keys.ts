// What a key does in the deck: the keys of a slide clicker (PageUp/PageDown), of
// presentation software (arrows, space, Home/End) and Esc to leave.
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'notes' | 'fullscreen';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function deckAction(e: KeyLike): DeckAction | null {
  // Ctrl/Cmd/Alt combinations belong to the browser (Ctrl+P prints, Alt+← goes back).
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'n':
    case 'N':
      return 'notes';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

/** The slide index after an action, kept within [0, count). */
export function moveTo(action: 'next' | 'prev' | 'first' | 'last', index: number, count: number): number {
  switch (action) {
    case 'next':
      return Math.min(index + 1, count - 1);
    case 'prev':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
