import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from './shortcuts';

const press = (key: string, patch: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, onControl: false, ...patch });

describe('commandForKey', () => {
  it('maps the common path', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'Enter', 'a', 'r', 'n', '/', '?', 'Escape'].map((k) => commandForKey(press(k)))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'open',
      'assign',
      'register',
      'intake',
      'search',
      'help',
      'close',
    ]);
  });
  it('stays quiet while typing and with modifiers', () => {
    expect(commandForKey(press('j', { typing: true }))).toBeNull();
    expect(commandForKey(press('Escape', { typing: true }))).toBeNull();
    expect(commandForKey(press('r', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(press('a', { metaKey: true }))).toBeNull();
  });
  it('leaves Enter to a focused button but keeps the letters', () => {
    expect(commandForKey(press('Enter', { onControl: true }))).toBeNull();
    expect(commandForKey(press('j', { onControl: true }))).toBe('next');
    expect(commandForKey(press('x'))).toBeNull();
  });
});
