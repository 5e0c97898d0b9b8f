import { describe, expect, it } from 'vitest';
import { SseParser } from './sseParser';

describe('SseParser', () => {
  it('emits one event per blank-line-terminated block', () => {
    const p = new SseParser();
    expect(p.feed('data: {"a":1}\n\ndata: {"b":2}\n\n')).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('joins events split across chunks at any point, CRLF included', () => {
    const text = ': connected\r\n\r\ndata: {"name":"x"}\r\n\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new SseParser();
      const out = [...p.feed(text.slice(0, cut)), ...p.feed(text.slice(cut))];
      expect(out, `cut at ${cut}`).toEqual(['{"name":"x"}']);
    }
  });

  it('does not end an event at a CR whose LF is still to come', () => {
    const p = new SseParser();
    expect(p.feed('data: a\r')).toEqual([]);
    expect(p.feed('\ndata: b\r\n\r\n')).toEqual(['a\nb']);
  });

  it('joins multi-line data and ignores comments and other fields', () => {
    const p = new SseParser();
    expect(p.feed(': ping\nevent: x\nid: 3\ndata: line1\ndata:line2\n\n')).toEqual(['line1\nline2']);
  });

  it('does not emit an unterminated event', () => {
    const p = new SseParser();
    expect(p.feed('data: partial\n')).toEqual([]);
    expect(p.feed('\n')).toEqual(['partial']);
  });
});
