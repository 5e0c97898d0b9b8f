import { describe, expect, it } from 'vitest';
import { deckAction, moveTo } from './keys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('deck keys', () => {
  it('moves with arrows, page keys, space and Home/End, and leaves with Esc', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => deckAction(key(k)))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => deckAction(key(k)))).toEqual(['prev', 'prev', 'prev']);
    expect(deckAction(key(' ', { shiftKey: true }))).toBe('prev');
    expect(deckAction(key('Home'))).toBe('first');
    expect(deckAction(key('End'))).toBe('last');
    expect(deckAction(key('Escape'))).toBe('exit');
    expect(deckAction(key('n'))).toBe('notes');
  });

  it('leaves browser shortcuts alone', () => {
    expect(deckAction(key('p', { ctrlKey: true }))).toBeNull();
    expect(deckAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(deckAction(key('x'))).toBeNull();
  });

  it('stays within the deck', () => {
    expect(moveTo('next', 4, 5)).toBe(4);
    expect(moveTo('prev', 0, 5)).toBe(0);
    expect(moveTo('last', 1, 5)).toBe(4);
    expect(moveTo('first', 3, 5)).toBe(0);
  });
});
